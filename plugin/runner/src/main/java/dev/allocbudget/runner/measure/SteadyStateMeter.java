package dev.allocbudget.runner.measure;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Calls the method in windows of growing size until its allocation per call has settled, and returns that figure.
 * This class holds the settle rule; {@link PeriodFinder} finds the period of allocation that happens on some calls
 * only, and a {@link WindowSource} makes the calls: in a fork {@link LoopWindows}, over {@link MeasurementLoop}.
 * The rule sees the method only through that source and time only through the clock it is given, so that its unit
 * tests replay traces of windows on a clock of their own, in milliseconds.
 *
 * <p><b>Exact figures.</b> Windows start at 1 call and double (from 840 on, they are multiples of 840 = lcm(1..8),
 * so that allocation every 2nd..8th call repeats exactly) until one takes about 50 ms or allocates 4 MiB. A figure
 * is accepted once 150 ms ({@link #MIN_MILLIS}) have passed, the last {@value #STABLE_WINDOWS} windows of equal size
 * allocated exactly the same number of bytes, the JIT's total compilation time did not move during the last one,
 * and either {@value #MIN_OPS} calls (times the JVM's compile threshold scaling: {@link #CALL_FLOOR}) were made
 * or {@value #SLOW_FLOOR_MILLIS} ms passed. The call floor is there
 * because the measuring loop itself is recompiled by C2 after 60-150k calls (on its back-edge counter), and a
 * figure reached before that can relapse when the method is inlined into it: a 15-deep call chain under a method
 * of 20 us a call read 0 B/op at 1.5 s and at 3 s under load (69,000 and 89,000 calls, the method compiled on its
 * own) and 24 B/op, as a fast one does, once the loop had been recompiled. The time floor is JMH's warm-up in the
 * reference settings ({@code -wi 4 -w 1s}): a slow method (over 20 us a call) settles on equal windows of fewer
 * calls after as much warm-up time as JMH gives it, so both measure the same compiled code.
 *
 * <p><b>Means.</b> When the JIT has gone quiet but windows of one size keep differing (a buffer replaced every
 * 5,000 calls, a box every 11th call, work on other threads), the figure is the long-run mean. {@link PeriodFinder}
 * looks for a period P of the per-call bytes; if there is one, windows of a multiple of P repeat byte for byte
 * again and give the exact mean (bytes per period / P), the same in every run. Otherwise the mean over a span of
 * at least {@value #MEAN_MILLIS} ms, the JIT quiet throughout, is reported once its two halves agree: to 1 %, or
 * within what the spread of its windows lets two halves differ by chance ({@link MeanError}). Work on other
 * threads under load gives windows several percent apart, whose halves may not meet 1 % for many seconds.
 *
 * <p>(A little over 300 lines, most of them the reasons above and below: the rule is one piece, and split up it
 * would have to be read in several places to be understood.)
 */
public final class SteadyStateMeter {
    static final long MIN_OPS = 200_000;
    /**
     * The call floor in this JVM: {@link #MIN_OPS} times its {@code CompileThresholdScaling}, since the measuring
     * loop's recompilation comes that many times later. A fork that compiles the method before its callees runs
     * with every threshold x20, and without this a fast method's figure depended on whether the loop had been
     * recompiled before the figure settled, which is a matter of time: a StringBuilder concatenation read 104, 104,
     * 48, 48, 104, 48 B/op in six such forks, and 48 in all sixteen with the floor scaled, six of them with both
     * cores busy (docs/measurement.md).
     */
    static final long CALL_FLOOR = (long) (MIN_OPS * Math.max(1, compileThresholdScaling()));
    /**
     * The time floor. It was 300 ms; traces of the 16 bench workloads run for 3 s each (bench/settle-floor.sh: 176
     * forks, JDK 17 idle and loaded, JDK 25 loaded) gave the same accepted figure with any floor from 0 to 300 ms,
     * because the call floor, the JIT-quiet rule and the simple-fraction test already hold back every relapse seen;
     * what is left of it keeps an idle fork from accepting inside the first few windows after C2 is done. Read from
     * {@code allocbudget.minMillis} for that script only.
     */
    static final long MIN_MILLIS = Long.getLong("allocbudget.minMillis", 150);
    static final long SLOW_FLOOR_MILLIS = 4_000;
    static final int STABLE_WINDOWS = 3;
    /** Windows of the final size with the JIT quiet, none three alike, before the figure is taken as a mean. */
    static final int UNEQUAL_WINDOWS = 6;
    static final long WINDOW_TARGET_NANOS = 50_000_000;
    /**
     * Windows also stop growing at this many allocated bytes: larger windows make the young generation grow, and
     * touching fresh heap pages made a 16 B/op method's windows 3-7x slower than its first one.
     */
    static final long WINDOW_MAX_BYTES = 4 << 20;
    static final int SMALL_PERIOD_LCM = 840;
    static final int MAX_WINDOW = 1 << 24;
    /** The shortest span a mean without a period is taken over: this long, and this many windows. */
    public static final long MEAN_MILLIS = 500;
    public static final int MEAN_WINDOWS = 8;
    /**
     * The time floor and the mean span when several threads call the method at once (JMH's {@code -t N}). Such a
     * figure depends on how the threads meet on the cores, which changes in phases of hundreds of milliseconds:
     * windows of a copy-on-write loop on 4 threads and 2 cores read about 53 B/op for the first second, then 75-87
     * with stretches of exactly 48 (one core taken away from the VM: no thread raced another), so a span of 500 ms
     * took whichever phase it fell in (forks read 49-75). JMH warms up for 4 s and averages over 5; these are a
     * little over half of that, and the figure is the mean over the span, as JMH's is over its iterations.
     */
    static final long PARALLEL_MIN_MILLIS = 2_000;
    static final long PARALLEL_MEAN_MILLIS = 3_000;
    /**
     * With several threads, a figure is exact when every window is alike for this long: over three times the
     * longest stretch of alike windows a contention-dependent figure showed (exactly 48 B/op for up to 300 ms while
     * a core was taken from the VM), against a mean's 3 s.
     */
    static final long PARALLEL_EXACT_MILLIS = 1_000;
    /**
     * The two halves of that span agree when they are this fraction apart (or {@link #MEAN_SLACK_BYTES} per call),
     * or {@link MeanError#SIGMAS} standard errors of their difference.
     */
    static final double MEAN_AGREEMENT = 0.01;
    static final double MEAN_SLACK_BYTES = 0.05;

    /**
     * The accepted figure: {@code window}'s bytes per call. {@code amortized} when windows did not repeat; then
     * {@code period} calls allocate {@code periodBytes} when a period was found (0 and 0 when not), and when not,
     * {@code meanError} is the standard error of the mean per call from its span's windows (0 for the rest).
     */
    public record Settled(Window window, long totalOps, long millis, boolean amortized, long period, long periodBytes,
            double meanError) {
        /** Windows that repeated byte for byte; a fraction of a byte per call still makes the figure a mean. */
        static Settled exact(Window window, long totalOps, long millis) {
            return new Settled(window, totalOps, millis, window.bytes() % window.ops() != 0, 0, 0, 0);
        }
    }

    /** Thrown when the figure did not settle within the time limit; carries the last windows. */
    public static final class NotSettledException extends Exception {
        NotSettledException(String message) {
            super(message);
        }
    }

    /**
     * {@code -Dallocbudget.trace=true} prints every window to stderr, to see why a figure took long to settle. Here
     * rather than in {@link LoopWindows}: the lines carry the rule's own time, and bench/settle-floor.sh reads them.
     */
    private static final boolean TRACE = Boolean.getBoolean("allocbudget.trace");

    private final long limitMillis;
    private final WindowSource source;
    private final long minMillis;
    private final long meanMillis;
    private final LongSupplier nanoTime;
    private long start;
    private long totalOps;
    private boolean jitIdle;
    private long lastWindowNanos;
    private long lastWindowOps = 1;
    /** Windows after the warm-up, and those among them whose calling threads could not run at once. */
    private long windowsTaken;
    private long crowdedWindows;
    /** Whether the last window's calling threads could not run at once ({@link WindowSource.Run#crowded}). */
    private boolean lastCrowded;
    /** How many threads had to run at once in a window that is not crowded; NaN with one calling thread. */
    private double neededParallelism = Double.NaN;

    /** Measures {@code instance}'s method (set in {@link MeasurementLoop.Target}) in this JVM. */
    public SteadyStateMeter(long limitMillis, Object instance) {
        this(limitMillis, new LoopWindows(instance), System::nanoTime);
    }

    /** Measures the windows of {@code source}, timed by {@code nanoTime}: a trace and its own clock, in the tests. */
    SteadyStateMeter(long limitMillis, WindowSource source, LongSupplier nanoTime) {
        this.limitMillis = limitMillis;
        this.source = source;
        this.nanoTime = nanoTime;
        this.minMillis = source.callsInOrder() ? MIN_MILLIS : PARALLEL_MIN_MILLIS;
        this.meanMillis = source.callsInOrder() ? MEAN_MILLIS : PARALLEL_MEAN_MILLIS;
    }

    public Settled measure() throws Throwable {
        start = nanoTime.getAsLong();
        List<Window> same = new ArrayList<>(); // the latest windows of the current size, oldest first
        int quiet = 0; // how many of them ran with the JIT quiet
        long n = 1;
        while (true) {
            Window w = window(n);
            long millis = millis();
            same.add(w);
            quiet = jitIdle ? quiet + 1 : 0;
            if (jitIdle && floorsMet(millis) && lastAlike(same, STABLE_WINDOWS)) {
                // a figure that is no simple fraction of a byte is a mean (a period that does not divide the
                // window), or a window that straddled a JIT transition (48.392 for 48): measure it as a mean. With
                // several threads, three alike windows prove nothing: a copy-on-write loop read exactly 48 B/op
                // (no race lost) for 300 ms at a time while a core was taken from the VM, and ~77 around it; such a
                // figure is exact only when a whole span of windows is (see amortized)
                return isSimple(w) && source.callsInOrder() ? Settled.exact(w, totalOps, millis) : amortized(n, same);
            }
            if (millis > limitMillis) {
                throw notSettled(same);
            }
            long grown = grow(n, w);
            if (grown != n) {
                n = grown;
                same.clear(); // only windows of equal size can be compared byte for byte
                quiet = 0;
            } else if (quiet >= UNEQUAL_WINDOWS && floorsMet(millis)) {
                return amortized(n, same);
            }
        }
    }

    /**
     * The figure of a method whose windows differ with the JIT quiet: the exact mean over windows of a multiple of
     * its period, when it has one that agrees with the mean over a long span; else that mean, once it holds.
     */
    private Settled amortized(long n, List<Window> seen) throws Throwable {
        Span span = spanOf(n, seen);
        if (span.spread() == 0 && isSimple(span.total())) {
            // every window of the quiet span alike: the windows before only differed by a JIT transition
            return Settled.exact(span.total(), totalOps, millis());
        }
        long period = source.callsInOrder() ? new PeriodFinder(source).find(periodProbeCalls()) : 0;
        if (period > 0) {
            Settled exact = overPeriods(period, span);
            if (exact != null) {
                // every call alike: the windows before only differed by a JIT transition
                return exact.period() == 1 ? Settled.exact(exact.window(), exact.totalOps(), exact.millis()) : exact;
            }
        }
        return new Settled(span.total(), totalOps, millis(), true, 0, 0, span.error());
    }

    /**
     * Windows of equal size taken one after another: their sum, and how far apart the largest and smallest were,
     * which bounds how far the span's total can stray from the long-run mean (a one-off 32 B lands in one window).
     */
    record Span(Window total, long spread, double error) {
        static Span of(List<Window> windows) {
            long max = windows.stream().mapToLong(Window::bytes).max().orElse(0);
            long min = windows.stream().mapToLong(Window::bytes).min().orElse(0);
            return new Span(sum(windows), max - min, MeanError.ofMean(windows));
        }
    }

    /**
     * Windows of {@code n} calls over at least {@value #MEAN_MILLIS} ms, until the means of the first and second
     * half agree; a span whose windows only ever grow is a leak, reported as such, and never taken for noise.
     */
    private Span spanOf(long n, List<Window> seen) throws Throwable {
        if (!source.callsInOrder()) {
            return parallelSpanOf(n, seen);
        }
        List<Window> windows = new ArrayList<>();
        long spanStart = nanoTime.getAsLong();
        while (true) {
            windows.add(window(n));
            if (!jitIdle) {
                // a span that straddles a JIT transition mixes two figures: under load, C2 can sit for several
                // windows on code it is about to replace (a 15-deep chain read 23.086 B/op three times, then 24)
                windows.clear();
                spanStart = nanoTime.getAsLong();
                continue;
            }
            boolean longEnough = (nanoTime.getAsLong() - spanStart) / 1_000_000 >= meanMillis
                    && windows.size() >= MEAN_WINDOWS;
            if (longEnough) {
                Window first = sum(windows.subList(0, windows.size() / 2));
                Window second = sum(windows.subList(windows.size() / 2, windows.size()));
                boolean growing = growing(windows);
                double error = growing ? 0 : MeanError.ofDifference(windows);
                if (agree(first.bytesPerOp(), second.bytesPerOp(), error)) {
                    return Span.of(windows);
                }
                if (growing) {
                    throw new NotSettledException("bytes/op grows without bound: each window allocated more than"
                            + " the last (" + describe(windows) + ")");
                }
            }
            if (millis() > limitMillis) {
                List<Window> all = new ArrayList<>(seen);
                all.addAll(windows);
                throw notSettled(all);
            }
        }
    }

    /**
     * Several threads: windows of {@code n} calls. Exact when every window is alike for
     * {@value #PARALLEL_EXACT_MILLIS} ms, crowded ones included: a method that allocates nothing, or the same,
     * however the threads meet. A
     * figure that depends on how they race differs from window to window even on busy cores (with two busy loops
     * on 2 cores, where 264 of 264 windows of a method were crowded, a copy-on-write loop still lost a race in about
     * one window in twenty), and goes the way of a mean. Otherwise the mean of the windows
     * in which the threads could run at once, once those cover {@value #PARALLEL_MEAN_MILLIS} ms: the mean, as JMH's
     * is over its iterations, not two halves that must agree (the threads' phases, a core taken away for 300 ms,
     * outlast windows, and halves would wait tens of seconds for one to be outweighed). Windows in which the JIT
     * compiled are left out, not a reason to start again: the method was compiled in the warm-up, and what C2
     * compiles now is the harness (a thread's chunk loop, called once a chunk, gets hot after seconds, and restarted
     * the span every second or so). A leak still never settles.
     */
    private Span parallelSpanOf(long n, List<Window> seen) throws Throwable {
        List<Window> all = new ArrayList<>();
        List<Window> uncrowded = new ArrayList<>();
        long uncrowdedNanos = 0;
        long spanStart = nanoTime.getAsLong();
        while (true) {
            Window w = window(n);
            if (!jitIdle) {
                continue;
            }
            all.add(w);
            if (!lastCrowded) {
                uncrowded.add(w);
                uncrowdedNanos += lastWindowNanos;
            }
            boolean exactSpanDone = (nanoTime.getAsLong() - spanStart) / 1_000_000 >= PARALLEL_EXACT_MILLIS
                    && all.size() >= MEAN_WINDOWS;
            if (exactSpanDone && lastAlike(all, all.size()) && isSimple(w)) {
                return Span.of(all);
            }
            if (uncrowdedNanos / 1_000_000 >= meanMillis && uncrowded.size() >= MEAN_WINDOWS) {
                if (growing(uncrowded)) {
                    throw new NotSettledException("bytes/op grows without bound: each window allocated more than"
                            + " the last (" + describe(uncrowded) + ")");
                }
                return Span.of(uncrowded);
            }
            if (millis() > limitMillis) {
                if (crowdedWindows > 0) {
                    throw new NotSettledException(String.format(Locale.ROOT, "the threads that call the method could"
                            + " not run at once: in %d of %d windows the machine let them use fewer than %.1f cores"
                            + " on average (other processes were busy), and a figure that depends on how they race"
                            + " needs the cores (on busy cores they race less, and allocate less, than on free ones)."
                            + " Run the check where nothing else runs, or raise allocbudget.settleTimeoutSeconds",
                            crowdedWindows, windowsTaken, neededParallelism));
                }
                List<Window> last = new ArrayList<>(seen);
                last.addAll(all);
                throw notSettled(last);
            }
        }
    }

    /**
     * Windows of a multiple of {@code period} calls: they repeat byte for byte when the period is real, and their
     * mean must then agree with the span's, within what one period's bytes and the spread of the span's windows
     * can shift a span's total. Null when either fails (the caller keeps the span's mean).
     */
    private Settled overPeriods(long period, Span span) throws Throwable {
        long n = period;
        while (n < MAX_WINDOW && n * 2 * nanosPerOp() < WINDOW_TARGET_NANOS) {
            n += period;
        }
        List<Window> same = new ArrayList<>();
        for (int i = 0; i < STABLE_WINDOWS * 2 && !lastAlike(same, STABLE_WINDOWS); i++) {
            same.add(window(n));
            if (!jitIdle) same.clear();
        }
        if (!lastAlike(same, STABLE_WINDOWS)) {
            return null;
        }
        Window w = same.get(same.size() - 1);
        long periodBytes = w.bytes() / (n / period);
        double tolerance = 2.0 * (periodBytes + span.spread()) / span.total().ops() + 1e-9;
        if (Math.abs((double) periodBytes / period - span.total().bytesPerOp()) > tolerance) {
            return null; // the period's windows run other compiled code than the span did: keep the span's mean
        }
        return new Settled(w, totalOps, millis(), true, period, periodBytes, 0);
    }

    /** How many calls the period probe records: enough to see a period of thousands of calls, about 300 ms. */
    private long periodProbeCalls() {
        double perCallNanos = nanosPerOp();
        return Math.max(64, Math.min(PeriodFinder.MAX_CALLS, (long) (300_000_000 / Math.max(perCallNanos, 1))));
    }

    private Window window(long n) throws Throwable {
        WindowSource.Run run = source.window(n);
        lastCrowded = run.crowded();
        neededParallelism = run.neededParallelism();
        if (millis() >= minMillis) { // the warm-up's first windows are too short for threads to meet at all
            windowsTaken++;
            crowdedWindows += lastCrowded ? 1 : 0;
        }
        jitIdle = run.jitIdle();
        lastWindowNanos = run.nanos();
        lastWindowOps = n;
        totalOps += n;
        Window w = run.window();
        if (TRACE) {
            System.err.printf(Locale.ROOT, "allocbudget: %6d ms  %s  %.3f B/op (caller %.3f)  jit %s%s%n", millis(), w,
                    w.bytesPerOp(), (double) w.callerBytes() / n, jitIdle ? "idle" : "busy",
                    lastCrowded ? "  crowded" : "");
        }
        return w;
    }

    private long grow(long n, Window w) {
        if (n >= MAX_WINDOW || nanosPerOp() * n * 2 >= WINDOW_TARGET_NANOS || w.bytes() * 2 > WINDOW_MAX_BYTES) {
            return n;
        }
        long next = n * 2;
        return n < SMALL_PERIOD_LCM && next > SMALL_PERIOD_LCM ? SMALL_PERIOD_LCM : next;
    }

    /** The time per call in the latest window. */
    private double nanosPerOp() {
        return lastWindowNanos / (double) lastWindowOps;
    }

    private boolean floorsMet(long millis) {
        return millis >= minMillis && (totalOps >= CALL_FLOOR || millis >= SLOW_FLOOR_MILLIS);
    }

    /** This JVM's {@code -XX:CompileThresholdScaling} (1 unless set). */
    private static double compileThresholdScaling() {
        try {
            return Double.parseDouble(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .getVMOption("CompileThresholdScaling").getValue());
        } catch (RuntimeException e) { // not a HotSpot JVM: no such flag, no scaling
            return 1;
        }
    }

    private long millis() {
        return (nanoTime.getAsLong() - start) / 1_000_000;
    }

    private NotSettledException notSettled(List<Window> windows) {
        List<Window> last = windows.subList(Math.max(0, windows.size() - 6), windows.size());
        if (last.size() >= 3 && growing(last)) {
            return new NotSettledException("bytes/op grows without bound: each window allocated more than the last ("
                    + describe(last) + ")");
        }
        long perCallMillis = (long) (nanosPerOp() / 1_000_000);
        String slow = perCallMillis >= 10
                ? "; a call takes about " + perCallMillis + " ms, too slow to settle: measure a smaller unit of work"
                        + " (a budget method of at most 10 ms a call), or raise allocbudget.settleTimeoutSeconds"
                : "";
        String crowded = crowdedWindows == 0 ? "" : "; in " + crowdedWindows + " of " + windowsTaken
                + " windows the threads that call the method could not run at once (other processes had the cores)";
        return new NotSettledException("bytes/op did not settle within " + limitMillis + " ms (" + totalOps
                + " calls); last windows: " + describe(last) + slow + crowded);
    }

    private static boolean growing(List<Window> windows) {
        for (int i = 1; i < windows.size(); i++) {
            if (windows.get(i).ops() != windows.get(0).ops() || windows.get(i).bytes() <= windows.get(i - 1).bytes()) {
                return false;
            }
        }
        return windows.size() > 1;
    }

    /** True when two means per call agree to 1 % (or 0.05 B), or to {@link MeanError#SIGMAS} times {@code error}. */
    static boolean agree(double a, double b, double error) {
        return Math.abs(a - b) <= Math.max(Math.max(MEAN_SLACK_BYTES, MEAN_AGREEMENT * Math.max(a, b)),
                MeanError.SIGMAS * error);
    }

    private static Window sum(List<Window> windows) {
        return windows.stream().reduce(Window::plus).orElseThrow();
    }

    private static String describe(List<Window> windows) {
        return windows.stream().map(Window::toString).collect(Collectors.joining(", "));
    }

    /** True when the last {@code count} windows allocated the same bytes in the same number of calls. */
    private static boolean lastAlike(List<Window> windows, int count) {
        if (windows.size() < count) {
            return false;
        }
        Window last = windows.get(windows.size() - 1);
        return windows.subList(windows.size() - count, windows.size()).stream().allMatch(last::sameAs);
    }

    /**
     * True when bytes/op is a multiple of 1/64 B. Objects are 8-byte aligned, so real figures are whole numbers or
     * simple fractions (24 B every other call reads 12); anything else (48.392) suggests a window that straddled a
     * JIT transition.
     */
    public static boolean isSimple(Window w) {
        return (w.bytes() * 64) % w.ops() == 0;
    }
}
