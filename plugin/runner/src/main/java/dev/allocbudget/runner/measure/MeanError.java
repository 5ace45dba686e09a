package dev.allocbudget.runner.measure;

import java.util.List;

/**
 * How far a mean over windows of equal size can stray by chance, estimated from how much the windows differ:
 * for a mean that depends on timing ({@link SteadyStateMeter}'s spans, and {@code ObjectCounter}'s count of one)
 * the windows are the only measure of the noise there is. Windows of equal size weigh alike, so the mean per call
 * of a span is the mean of its windows' figures per call.
 */
public final class MeanError {
    /**
     * How many standard errors two means may lie apart and still be taken for the same mean. The errors are
     * estimated as if windows were independent, and they are not: scheduling phases outlast a window, and windows
     * of an executor's submit-and-wait under load had a lag-1 autocorrelation r of 0.15-0.64 (8 traces of 12-15 s,
     * two busy loops on 2 cores), which makes the estimate too small by sqrt((1 + r) / (1 - r)) = 1.2-2.1. With 3,
     * a span that is only noise still passes as often as one within 1.4-2.6 true errors would (with 2, up to a
     * third of such spans would be turned down and go on growing: the wait this bound is there to end). Larger
     * would pass real change: with 3, a steady drift is never taken for noise (its halves lie h * sqrt(6 / (h + 1))
     * >= 4.4 errors apart in a span of 2h >= 8 windows, since each half's own spread is the drift's), nor is a step
     * that lasts 9 windows or more (at least sqrt(9) errors apart, whatever its height).
     */
    public static final double SIGMAS = 3;

    private MeanError() {}

    /**
     * The standard error of the difference between the means of the first and second half of {@code windows}
     * (split as {@link SteadyStateMeter} splits a span: the first {@code size / 2}, then the rest), from the spread
     * of each half around its own mean: a difference between the halves does not widen the error it is judged by.
     */
    static double ofDifference(List<Window> windows) {
        int half = windows.size() / 2;
        int rest = windows.size() - half;
        if (half < 2 || rest < 2) {
            return 0;
        }
        double squares = squaresAroundMean(windows.subList(0, half)) + squaresAroundMean(windows.subList(half,
                windows.size()));
        double variance = squares / (windows.size() - 2);
        return Math.sqrt(variance * (1.0 / half + 1.0 / rest));
    }

    /** The standard error of the mean per call of {@code windows}, from their spread around it. */
    static double ofMean(List<Window> windows) {
        int m = windows.size();
        return m < 2 ? 0 : Math.sqrt(squaresAroundMean(windows) / (m - 1) / m);
    }

    /**
     * The standard error of the mean per call of the first {@code count} of {@code bytes}, each the bytes of a
     * window of {@code ops} calls (an array, so that a caller between its windows allocates nothing).
     */
    public static double ofMean(long[] bytes, int count, long ops) {
        if (count < 2) {
            return 0;
        }
        double mean = 0;
        for (int i = 0; i < count; i++) mean += (double) bytes[i] / ops;
        mean /= count;
        double squares = 0;
        for (int i = 0; i < count; i++) squares += square((double) bytes[i] / ops - mean);
        return Math.sqrt(squares / (count - 1) / count);
    }

    private static double squaresAroundMean(List<Window> windows) {
        double mean = windows.stream().mapToDouble(Window::bytesPerOp).average().orElse(0);
        return windows.stream().mapToDouble(w -> square(w.bytesPerOp() - mean)).sum();
    }

    private static double square(double x) {
        return x * x;
    }
}
