package dev.allocbudget.runner.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.LongUnaryOperator;

/**
 * A trace replayed as a {@link WindowSource}: what the method's calls allocate, how long a call takes, and when the
 * JIT was compiling, on a clock of its own that only the replayed calls move. Nothing is called, so seconds of
 * windows replay in a millisecond, and a trace gives the same figure every time. The traces are written after what
 * real forks showed (the cases in {@link SteadyStateMeter}'s comments), not copied from a fork's output.
 *
 * <p>Calls are numbered from 0 over the whole run, windows and the period probe's single calls alike, as the
 * method's own state counts them: a buffer replaced every 5,000 calls stays on its beat through the probe.
 */
final class ReplayedWindows implements WindowSource {
    /** Far from 0, so that a rule that read the clock instead of its differences would go wrong. */
    private static final long CLOCK_START = 7_000_000_000_000L;

    /** Bytes allocated by {@code calls} calls from call number {@code first} on. */
    @FunctionalInterface
    interface Allocation {
        long bytes(long first, long calls);

        static Allocation perCall(long bytes) {
            return (first, calls) -> bytes * calls;
        }

        /** {@code bytes} on every {@code period}th call: calls {@code period - 1}, {@code 2 * period - 1}, ... */
        static Allocation every(long period, long bytes) {
            return (first, calls) -> bytes * ((first + calls) / period - first / period);
        }

        /**
         * Windows that depend on their size only, {@code bytesPerCall} times it rounded: a figure that repeats but
         * is no simple fraction, as when C2 sits on code that takes one of two paths in a fixed proportion.
         */
        static Allocation bySize(double bytesPerCall) {
            return (first, calls) -> Math.round(bytesPerCall * calls);
        }

        /**
         * Work whose allocation depends on timing (an executor's queue): {@code bytesPerCall} on average, give or
         * take up to 512 B a window depending on when it started. Single calls differ with no period.
         */
        static Allocation timingDependent(long bytesPerCall) {
            return (first, calls) -> bytesPerCall * calls + 8 * (Math.floorMod(mix(first), 128) - 64);
        }

        /**
         * A figure per call that moves steadily from {@code from} to {@code to} over {@code calls} calls and keeps
         * moving at that rate after them (end it with {@link #until}): a cache that warms up, or a slow leak.
         */
        static Allocation drifting(double from, double to, long calls) {
            return (first, n) -> Math.round((from + (to - from) * (first + n / 2.0) / calls) * n);
        }

        /**
         * This allocation, each window {@code percent} % more or less than it, evenly spread and depending on when
         * the window started, not on its size: work on other threads whose windows differ by several percent under
         * load (an executor's submit-and-wait read 391-416 B/op in windows of 6,720 calls with two busy loops).
         */
        default Allocation noisy(double percent) {
            return (first, calls) -> {
                long bytes = bytes(first, calls);
                double spread = (Math.floorMod(mix(first), 2_000_001) - 1_000_000) / 1e6; // -1 to 1
                return Math.round(bytes * (1 + percent / 100 * spread));
            };
        }

        /** This allocation before call {@code call}, {@code then} from it on; a window across it gets some of each. */
        default Allocation until(long call, Allocation then) {
            return (first, calls) -> {
                long before = Math.max(0, Math.min(calls, call - first));
                return (before > 0 ? bytes(first, before) : 0)
                        + (before < calls ? then.bytes(first + before, calls - before) : 0);
            };
        }

        /** SplitMix64's finaliser: neighbouring call numbers get unrelated values. */
        private static long mix(long x) {
            x = (x ^ (x >>> 30)) * 0xbf58476d1ce4e5b9L;
            x = (x ^ (x >>> 27)) * 0x94d049bb133111ebL;
            return x ^ (x >>> 31);
        }
    }

    private final Allocation allocation;
    private final long nanosPerCall;
    /** When the JIT compiles: from and to, in nanoseconds since the start. */
    private final List<long[]> busySpells = new ArrayList<>();
    private IntPredicate busyWindows = w -> false;
    private LongUnaryOperator oneCall;
    private long now = CLOCK_START;
    private long calls;
    private long singleCalls;
    private final List<Window> ran = new ArrayList<>();
    private boolean inOrder = true;
    private IntPredicate crowdedWindows = w -> false;
    private Allocation crowdedAllocation;

    ReplayedWindows(Allocation allocation, long nanosPerCall) {
        this.allocation = allocation;
        this.nanosPerCall = nanosPerCall;
        this.oneCall = call -> allocation.bytes(call, 1);
    }

    /** The JIT compiles from {@code fromMillis} to {@code toMillis}: every window that overlaps that time is busy. */
    ReplayedWindows jitBusy(long fromMillis, long toMillis) {
        busySpells.add(new long[] {fromMillis * 1_000_000, toMillis * 1_000_000});
        return this;
    }

    /** The JIT compiles during the windows whose numbers (from 1, in the order they run) {@code windows} accepts. */
    ReplayedWindows jitBusyIn(IntPredicate windows) {
        busyWindows = windows;
        return this;
    }

    /**
     * What single calls allocate, when the one-call path runs other code than the windows (by default a single
     * call allocates what it would inside a window).
     */
    ReplayedWindows singleCalls(LongUnaryOperator bytesOfCall) {
        oneCall = bytesOfCall;
        return this;
    }

    /** The calls are made by several threads at once: no period to look for, and longer floors. */
    ReplayedWindows severalThreads() {
        inOrder = false;
        return this;
    }

    @Override
    public boolean callsInOrder() {
        return inOrder;
    }

    /**
     * In the windows whose numbers (from 1) {@code windows} accepts, the threads could not run at once (other
     * processes had the cores); such a window allocates as {@code crowded} says, whatever the allocation says.
     */
    ReplayedWindows crowdedIn(IntPredicate windows, Allocation crowded) {
        crowdedWindows = windows;
        crowdedAllocation = crowded;
        return this;
    }

    /** The clock the rule reads. */
    long nanoTime() {
        return now;
    }

    /** The trace's time since the start. */
    long millis() {
        return (now - CLOCK_START) / 1_000_000;
    }

    /** The windows run so far, in order. */
    List<Window> ran() {
        return ran;
    }

    /** The calls the first {@code windows} windows made. */
    long callsIn(int windows) {
        return ran.subList(0, windows).stream().mapToLong(Window::ops).sum();
    }

    /** How many single calls the period probe made. */
    long singleCallsMade() {
        return singleCalls;
    }

    @Override
    public Run window(long n) {
        long from = now - CLOCK_START;
        boolean crowded = crowdedWindows.test(ran.size() + 1);
        Window w = new Window(n, crowded ? crowdedAllocation.bytes(calls, n) : allocation.bytes(calls, n));
        calls += n;
        now += n * nanosPerCall;
        boolean jitIdle = !busyWindows.test(ran.size() + 1);
        for (long[] spell : busySpells) {
            if (from < spell[1] && now - CLOCK_START > spell[0]) jitIdle = false;
        }
        ran.add(w);
        return inOrder ? new Run(w, jitIdle, n * nanosPerCall)
                : new Run(w, jitIdle, n * nanosPerCall, crowded ? 0.8 : 1.9, 1.6);
    }

    @Override
    public long oneCall() {
        long bytes = oneCall.applyAsLong(calls);
        calls++;
        singleCalls++;
        now += nanosPerCall;
        return bytes;
    }
}
