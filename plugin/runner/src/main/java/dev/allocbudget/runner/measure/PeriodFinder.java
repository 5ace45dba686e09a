package dev.allocbudget.runner.measure;

/**
 * Finds the period of a method's allocation: the smallest P for which call i and call i + P allocate the same
 * bytes, over a recording of the bytes of single calls. A buffer replaced every 5,000 calls has P = 5,000; a box
 * made every 11th call, P = 11; work whose allocation depends on timing (an executor's queue) has none.
 *
 * <p>The recording makes one call at a time ({@link WindowSource#oneCall}: in a fork, {@link MeasurementLoop} with
 * a window of one call), so it may run other compiled code than the long windows do; it only proposes P, and
 * {@link SteadyStateMeter} accepts P only when windows of a multiple of P then repeat byte for byte and agree with
 * the mean of the long windows.
 */
final class PeriodFinder {
    /** The most calls recorded: a period of up to a third of this is found. */
    static final int MAX_CALLS = 1 << 17;
    /** Calls made before recording, so the one-call path's own JIT transitions stay out of the recording. */
    static final int WARM_CALLS = 4096;

    private final WindowSource source;

    PeriodFinder(WindowSource source) {
        this.source = source;
    }

    /** The period, or 0 when {@code calls} recorded calls show none. */
    long find(long calls) throws Throwable {
        int n = (int) Math.min(MAX_CALLS, calls);
        for (int i = 0; i < Math.min(WARM_CALLS, n / 4); i++) {
            source.oneCall();
        }
        long[] bytes = new long[n];
        for (int i = 0; i < n; i++) {
            bytes[i] = source.oneCall();
        }
        return periodOf(bytes);
    }

    /**
     * The smallest period of the recording's last two thirds (the first third may still hold the method's own
     * warm-up, e.g. a cache filling), seen at least twice in it; 0 when there is none.
     */
    static long periodOf(long[] bytes) {
        int from = bytes.length / 3;
        int length = bytes.length - from;
        for (int p = 1; p <= length / 2; p++) {
            if (repeatsEvery(bytes, from, p)) {
                return p;
            }
        }
        return 0;
    }

    private static boolean repeatsEvery(long[] bytes, int from, int p) {
        for (int i = from; i + p < bytes.length; i++) {
            if (bytes[i] != bytes[i + p]) {
                return false;
            }
        }
        return true;
    }
}
