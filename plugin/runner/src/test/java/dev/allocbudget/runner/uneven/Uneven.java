package dev.allocbudget.runner.uneven;

import dev.allocbudget.AllocationBudget;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

/** Methods whose calls do not all allocate alike, that hand work to other threads, or that are slow. */
public class Uneven {
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "uneven-worker");
        t.setDaemon(true);
        return t;
    });

    private byte[] buffer = new byte[64];
    private int calls;
    private final StringBuilder log = new StringBuilder();
    public volatile Object published;
    private final long[] work = new long[64];

    /** A byte[64] (80 B) every {@code period} calls. */
    private byte[] every(int period) {
        if (++calls % period == 0) {
            buffer = new byte[64];
        }
        return buffer;
    }

    @AllocationBudget public byte[] every11() { return every(11); }
    @AllocationBudget public byte[] every13() { return every(13); }
    @AllocationBudget public byte[] every1024() { return every(1024); }
    @AllocationBudget public byte[] every5000() { return every(5000); }

    /** The worker's byte[256] (272 B) is this method's allocation too. */
    @AllocationBudget
    public Integer executor() throws Exception {
        return WORKER.submit(() -> {
            byte[] b = new byte[256];
            published = b;
            return b.length;
        }).get();
    }

    /** 64 byte[32] (48 B each) made on the common pool's workers and the caller, whichever takes them. */
    @AllocationBudget
    public int parallelStream() {
        return IntStream.range(0, 64).parallel().mapToObj(i -> new byte[32]).mapToInt(b -> {
            published = b;
            return b.length;
        }).sum();
    }

    /** About 2 ms of work, then a byte[20000] (20016 B). */
    @AllocationBudget
    public byte[] slow2ms() {
        long end = System.nanoTime() + 2_000_000;
        long sum = 0;
        while (System.nanoTime() < end) {
            for (long w : work) sum += w;
        }
        work[0] = sum;
        return new byte[20_000];
    }

    /** Copies a log that grows by one character each call. */
    @AllocationBudget
    public String growing() {
        log.append('x');
        return log.toString();
    }

    private static Thread ticker;

    /** Starts, on its first call, a thread that goes on allocating a byte[100] every millisecond. */
    @AllocationBudget
    public int startsATicker() {
        if (ticker == null) {
            ticker = new Thread(() -> {
                while (true) {
                    published = new byte[100];
                    java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
                }
            }, "uneven-ticker");
            ticker.setDaemon(true);
            ticker.start();
        }
        return calls++;
    }

    @AllocationBudget
    public Integer boxed() {
        return Integer.valueOf(100_000 + (calls++ & 1));
    }

    @AllocationBudget
    public int nothing() {
        return calls;
    }
}
