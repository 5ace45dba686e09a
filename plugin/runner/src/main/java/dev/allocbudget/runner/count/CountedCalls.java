package dev.allocbudget.runner.count;

import dev.allocbudget.runner.measure.AllocationCounter;
import dev.allocbudget.runner.measure.MeanError;
import dev.allocbudget.runner.measure.ParallelCalls;
import dev.allocbudget.runner.measure.SteadyStateMeter;

/**
 * The calls {@link ObjectCounter} counts the objects of, and the bytes the allocation counter saw them allocate: one
 * window, or for a mean that depends on timing a span of windows. It is made before the agent starts counting and
 * allocates nothing afterwards: whatever the calling thread allocated between the windows would be counted too.
 */
final class CountedCalls {
    private final long[] windows;
    private int count;
    private int n;
    private long bytes;
    private long windowNanos;

    CountedCalls(int maxWindows) {
        windows = new long[maxWindows];
        // loads MeanError now: loading it on the first error() would allocate while the agent counts (a JMH fork
        // whose figure is exact never loaded it before; its count came out 9 KB over the window)
        MeanError.ofMean(windows, 0, 1);
    }

    /** One window of {@code n} calls. */
    void window(Object instance, int n) throws Throwable {
        this.n = n;
        long start = System.nanoTime();
        windows[0] = ParallelCalls.allocatedBy(instance, n);
        windowNanos = System.nanoTime() - start;
        count = 1;
        bytes = windows[0];
    }

    /**
     * Windows until {@value SteadyStateMeter#MEAN_MILLIS} ms and {@value SteadyStateMeter#MEAN_WINDOWS} windows
     * have passed, the shortest span the verdict's mean is taken over; each window at most {@code n} calls, fewer
     * when the last {@link #window} says {@value SteadyStateMeter#MEAN_WINDOWS} of them would take longer (the
     * agent makes calls several times slower under load: windows of 2,048 calls of an executor took 0.1-0.9 s).
     * Its bytes are read around the whole span, not summed from the windows: another thread's allocation that
     * falls between two windows (a worker that goes back to waiting on its queue after the last call of one) is
     * the method's, and the agent sees it; the windows give the spread. When only calling threads count, nothing
     * falls between windows, and the windows are summed.
     */
    void span(Object instance, int n) throws Throwable {
        double fit = SteadyStateMeter.MEAN_MILLIS * 1e6 / SteadyStateMeter.MEAN_WINDOWS / Math.max(1, windowNanos);
        long calls = (long) Math.min(n, n * fit) / ObjectCounter.MIN_WINDOW * ObjectCounter.MIN_WINDOW;
        this.n = (int) Math.max(ObjectCounter.MIN_WINDOW, calls);
        long start = System.nanoTime();
        windows[0] = ParallelCalls.allocatedBy(instance, this.n);
        long before = AllocationCounter.lastRead() - windows[0]; // where the first window started
        count = 1;
        while (count < windows.length && (count < SteadyStateMeter.MEAN_WINDOWS
                || System.nanoTime() - start < SteadyStateMeter.MEAN_MILLIS * 1_000_000)) {
            windows[count++] = ParallelCalls.allocatedBy(instance, this.n);
        }
        bytes = AllocationCounter.ALL_THREADS ? AllocationCounter.lastRead() - before : sumOfWindows();
    }

    /**
     * The windows' bytes added up: what the span allocated when only calling threads count
     * ({@code allocbudget.threads=caller}), whose counters {@link AllocationCounter#lastRead} does not read when
     * several threads call the method (it reads the measuring thread's).
     */
    private long sumOfWindows() {
        long sum = 0;
        for (int i = 0; i < count; i++) sum += windows[i];
        return sum;
    }

    int calls() {
        return n * count;
    }

    long bytes() {
        return bytes;
    }

    /** The standard error of the mean per call, from the windows' spread (0 for one window). */
    double error() {
        return MeanError.ofMean(windows, count, n);
    }
}
