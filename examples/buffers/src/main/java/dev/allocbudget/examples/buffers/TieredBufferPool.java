package dev.allocbudget.examples.buffers;

import java.util.ArrayDeque;

/**
 * Byte buffers in three sizes, 512 B, 4 KiB and 64 KiB, for one owner thread (see {@link RequestPool} on why no
 * ThreadLocal). A request for {@code n} bytes gets a buffer of the smallest tier that holds {@code n}, so a 100-byte
 * message does not pin 64 KiB. A request larger than the largest tier gets a buffer of exactly its size that the pool
 * will not keep: one huge message must not leave a huge buffer in the pool for ever.
 */
public final class TieredBufferPool {
    public static final int SMALL = 512;
    public static final int MEDIUM = 4 * 1024;
    public static final int LARGE = 64 * 1024;

    private final ArrayDeque<byte[]> small;
    private final ArrayDeque<byte[]> medium;
    private final ArrayDeque<byte[]> large;
    private final int maxPerTier;

    /** A pool that keeps at most {@code maxPerTier} idle buffers of each size. */
    public TieredBufferPool(int maxPerTier) {
        this.maxPerTier = maxPerTier;
        this.small = new ArrayDeque<>(maxPerTier);
        this.medium = new ArrayDeque<>(maxPerTier);
        this.large = new ArrayDeque<>(maxPerTier);
    }

    /**
     * A buffer of at least {@code size} bytes: a tier's buffer (pooled or new) up to {@link #LARGE}, otherwise a new
     * array of exactly {@code size}. Its contents are whatever the last user left: callers track their own length.
     */
    public byte[] acquire(int size) {
        ArrayDeque<byte[]> tier = tierFor(size);
        if (tier == null) {
            return new byte[size];   // oversized: allocated for this use only, see release
        }
        byte[] buffer = tier.pollFirst();
        return buffer != null ? buffer : new byte[tierSize(size)];
    }

    /**
     * Returns {@code buffer} to its tier. A buffer whose length is not exactly a tier's size (an oversized one, or
     * one this pool did not create) is dropped for the GC, as is one that finds its tier full.
     */
    public void release(byte[] buffer) {
        ArrayDeque<byte[]> tier = switch (buffer.length) {
            case SMALL -> small;
            case MEDIUM -> medium;
            case LARGE -> large;
            default -> null;
        };
        if (tier != null && tier.size() < maxPerTier) {
            tier.addFirst(buffer);
        }
    }

    /** How many bytes of idle buffers the pool holds. */
    public long retainedBytes() {
        return (long) small.size() * SMALL + (long) medium.size() * MEDIUM + (long) large.size() * LARGE;
    }

    /** Whether the pool holds this very array. */
    public boolean retains(byte[] buffer) {
        for (ArrayDeque<byte[]> tier : java.util.List.of(small, medium, large)) {
            for (byte[] b : tier) {
                if (b == buffer) {
                    return true;
                }
            }
        }
        return false;
    }

    private ArrayDeque<byte[]> tierFor(int size) {
        if (size <= SMALL) {
            return small;
        }
        if (size <= MEDIUM) {
            return medium;
        }
        return size <= LARGE ? large : null;
    }

    private static int tierSize(int size) {
        return size <= SMALL ? SMALL : size <= MEDIUM ? MEDIUM : LARGE;
    }
}
