package dev.allocbudget.examples;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.examples.buffers.Messages;
import dev.allocbudget.examples.buffers.TieredBufferPool;

/** Six messages of 100 B to 69,136 B per call, each read into a buffer and digested. */
public class TieredBufferPoolBudget {
    private final int[] sizes = BufferSamples.MESSAGE_SIZES;
    private final byte[] source = BufferSamples.MESSAGE_SOURCE;
    final TieredBufferPool pool = new TieredBufferPool(4);

    /** A new byte[n] per message: 105,448 B in 6 arrays (each n rounded up to 8, plus a 16 B header). */
    @AllocationBudget
    public long before() {
        long h = 0;
        for (int size : sizes) {
            byte[] buffer = new byte[size];
            h += Messages.readAndDigest(source, size, buffer);
        }
        return h;
    }

    /**
     * A tier's buffer per message, except the last, larger than the 64 KiB tier: its byte[69136] (69,152 B) is
     * allocated for that message and dropped, never pooled.
     */
    @AllocationBudget(bytes = 69_152, objects = 1)
    public long after() {
        long h = 0;
        for (int size : sizes) {
            byte[] buffer = pool.acquire(size);
            try {
                h += Messages.readAndDigest(source, size, buffer);
            } finally {
                pool.release(buffer);
            }
        }
        return h;
    }
}
