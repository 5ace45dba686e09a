package dev.allocbudget.runner;

import java.lang.management.ManagementFactory;

/**
 * The per-thread allocation counter ({@code com.sun.management.ThreadMXBean}). It is byte-exact, counts TLAB,
 * outside-TLAB and humongous allocations, and reading it allocates nothing.
 */
final class AllocationCounter {
    static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private AllocationCounter() {}

    /**
     * Checks that the counter reads exactly 0 for a loop that allocates nothing, after warming it up: its own JIT
     * transitions cost a few hundred bytes once, which must not land in a measured window.
     */
    static void selfCheck() {
        if (!THREADS.isThreadAllocatedMemorySupported()) {
            throw new IllegalStateException("this JVM does not support per-thread allocation counting"
                    + " (ThreadMXBean.isThreadAllocatedMemorySupported() is false); bytes/op cannot be measured");
        }
        if (!THREADS.isThreadAllocatedMemoryEnabled()) {
            THREADS.setThreadAllocatedMemoryEnabled(true);
        }
        long sum = 0;
        for (int i = 0; i < 50_000; i++) sum += THREADS.getCurrentThreadAllocatedBytes();
        Sink.l = sum;
        long read = -1;
        for (int attempt = 0; attempt < 20 && read != 0; attempt++) {
            long before = THREADS.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < 10_000; i++) Sink.i = i;
            read = THREADS.getCurrentThreadAllocatedBytes() - before;
        }
        if (read != 0) {
            throw new IllegalStateException("the allocation counter is unusable on this JVM: a loop that allocates"
                    + " nothing read " + read + " bytes");
        }
    }
}
