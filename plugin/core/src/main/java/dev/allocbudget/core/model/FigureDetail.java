package dev.allocbudget.core.model;

import java.util.List;

/**
 * How a bytes/op figure was made up.
 *
 * @param callerBytesPerOp the part of the figure the calling thread (or threads) allocated; the rest was allocated
 *                         by other threads of the fork (an executor's worker, the common pool) while the call ran
 * @param amortized        the calls did not all allocate alike, so the figure is a mean per call (a buffer
 *                         replaced every 5,000 calls, a box every 11th call, timing-dependent work)
 * @param period           for a mean, how many calls make up one period of its pattern, or 0 when none was found
 * @param periodBytes      what one period allocates (0 without a period)
 * @param lingeringThreads the threads that went on allocating after the calls had stopped, as the fork names
 *                         them ({@code pool-1-thread-1, ...}), or null when there were none
 * @param callingThreads   for a method called by several threads at once ({@code threads = N}), each one's part,
 *                         in the order of their names ({@code allocbudget-thread-1, ...}); empty for one thread
 */
public record FigureDetail(double callerBytesPerOp, boolean amortized, long period, long periodBytes,
        String lingeringThreads, List<CallingThread> callingThreads) {

    /**
     * One of several threads that called the method at once: its share of the calls (0 to 1) and what its own calls
     * allocated on it, per call.
     */
    public record CallingThread(double callShare, double bytesPerOp) {}

    public FigureDetail {
        callingThreads = List.copyOf(callingThreads);
    }

    public FigureDetail(double callerBytesPerOp, boolean amortized, long period, long periodBytes,
            String lingeringThreads) {
        this(callerBytesPerOp, amortized, period, periodBytes, lingeringThreads, List.of());
    }

    /** The part of {@code bytesPerOp} that other threads allocated. */
    public double otherThreadsBytesPerOp(double bytesPerOp) {
        return Math.max(0, bytesPerOp - callerBytesPerOp);
    }
}
