package dev.allocbudget.runner;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Calls the method in windows of growing size until its allocation per call has settled, and returns that figure.
 *
 * <p>The rule (measured on JDK 17 and 25, see README "How it measures"): windows start at 840 calls and double
 * until one takes about 50 ms or allocates 4 MiB. A figure is accepted once at least {@value #MIN_OPS} calls and {@value #MIN_MILLIS}
 * ms have passed, the last {@value #STABLE_WINDOWS} windows of equal size allocated exactly the same number of
 * bytes, and the JIT's total compilation time (a millisecond counter) did not move during the last one. The floors matter: until the measuring loop itself has
 * been recompiled by C2 (100-150k calls), the figure can relapse to what C1-compiled code allocates. Equal windows
 * alone would accept such a plateau.
 */
final class SteadyStateMeter {
    static final long MIN_OPS = 200_000;
    static final long MIN_MILLIS = 300;
    static final int STABLE_WINDOWS = 3;
    static final long WINDOW_TARGET_NANOS = 50_000_000;
    /**
     * Windows also stop growing at this many allocated bytes: larger windows make the young generation grow, and
     * touching fresh heap pages made a 16 B/op method's windows 3-7x slower than its first one.
     */
    static final long WINDOW_MAX_BYTES = 4 << 20;
    /**
     * 840 = lcm(1..8): windows are multiples of it, so a method that allocates every 2nd, 3rd, ..., 8th (or 10th,
     * 12th, 14th, 15th, ...) call allocates exactly the same in every window of a size. With windows of 1000 * 2^k
     * calls, one that allocates every 3rd call never gave three equal windows.
     */
    static final int FIRST_WINDOW = 840;
    static final int MAX_WINDOW = 1 << 24;

    /** One window: {@code bytes} allocated by {@code ops} calls. */
    record Window(int ops, long bytes) {
        double bytesPerOp() {
            return (double) bytes / ops;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d B / %d calls", bytes, ops);
        }
    }

    /** The accepted figure: the last window, plus how much work it took to get there. */
    record Settled(Window window, long totalOps, long millis) {}

    /** Thrown when the figure did not settle within the time limit; carries the last windows. */
    static final class NotSettledException extends Exception {
        NotSettledException(String message) {
            super(message);
        }
    }

    /** {@code -Dallocbudget.trace=true} prints every window to stderr, to see why a figure took long to settle. */
    private static final boolean TRACE = Boolean.getBoolean("allocbudget.trace");

    private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    private final long limitMillis;

    SteadyStateMeter(long limitMillis) {
        this.limitMillis = limitMillis;
    }

    Settled measure(Object instance) throws Throwable {
        long start = System.nanoTime();
        Deque<Window> last = new ArrayDeque<>();
        long totalOps = 0;
        int n = FIRST_WINDOW;
        boolean confirming = false;
        while (true) {
            long jitBefore = compileMillis();
            long t0 = System.nanoTime();
            long bytes = MeasurementLoop.allocatedBy(instance, n);
            long t1 = System.nanoTime();
            boolean jitIdle = compileMillis() == jitBefore;
            totalOps += n;
            long millis = (t1 - start) / 1_000_000;
            Window w = new Window(n, bytes);
            if (TRACE) {
                System.err.printf(Locale.ROOT, "allocbudget: %6d ms  %s  %.3f B/op  jit %s%n", millis, w,
                        w.bytesPerOp(), jitIdle ? "idle" : "busy");
            }
            if (confirming) {
                // a figure that is no simple fraction of a byte was seen; accept it only if a 4x longer window agrees
                Window settled = last.peekLast();
                if (jitIdle && bytes == settled.bytes() * 4) {
                    return new Settled(settled, totalOps, millis);
                }
                confirming = false;
                last.clear();
                n = settled.ops();
                continue;
            }
            last.addLast(w);
            if (last.size() > STABLE_WINDOWS) last.removeFirst();
            if (jitIdle && totalOps >= MIN_OPS && millis >= MIN_MILLIS && stable(last)) {
                if (isSimple(w)) {
                    return new Settled(w, totalOps, millis);
                }
                confirming = true;
                n = w.ops() * 4;
                continue;
            }
            if (millis > limitMillis) {
                throw new NotSettledException("bytes/op did not settle within " + limitMillis + " ms ("
                        + totalOps + " calls); last windows: "
                        + last.stream().map(Window::toString).collect(Collectors.joining(", ")));
            }
            double nanosPerOp = (double) (t1 - t0) / n;
            if (n < MAX_WINDOW && nanosPerOp * n * 2 < WINDOW_TARGET_NANOS && bytes * 2 <= WINDOW_MAX_BYTES) {
                n *= 2;
                last.clear(); // only windows of equal size can be compared byte for byte
            }
        }
    }

    private static boolean stable(Deque<Window> windows) {
        return windows.size() == STABLE_WINDOWS && windows.stream().distinct().count() == 1;
    }

    /**
     * True when bytes/op is a multiple of 1/64 B. Objects are 8-byte aligned, so real figures are whole numbers or
     * simple fractions (24 B every other call reads 12); anything else (48.392) suggests a window that straddled a
     * JIT transition.
     */
    static boolean isSimple(Window w) {
        return (w.bytes() * 64) % w.ops() == 0;
    }

    private long compileMillis() {
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }
}
