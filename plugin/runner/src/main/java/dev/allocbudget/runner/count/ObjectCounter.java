package dev.allocbudget.runner.count;

import dev.allocbudget.runner.measure.AllocationCounter;
import dev.allocbudget.runner.measure.MeanError;
import dev.allocbudget.runner.measure.ParallelCalls;
import dev.allocbudget.runner.measure.Sink;
import dev.allocbudget.runner.measure.SteadyStateMeter;
import dev.allocbudget.runner.measure.Window;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts the objects one window of calls allocates, and where, through the JVMTI agent in
 * {@code src/main/c/allocbudget_agent.c} (loaded with {@code -agentpath}; its natives are found there).
 *
 * <p>The count runs in the same JVM right after the bytes/op verdict, on the same compiled code: the agent's heap
 * sampler only moves the TLAB end, it does not change what C2 compiled. It is accepted only when the bytes of the
 * objects it saw equal the bytes the thread counter measured over the same window, and that window's bytes/op
 * equals the verdict; otherwise the count is reported as unavailable with the reason, never guessed.
 *
 * <p>A mean that depends on timing (work on other threads) equals no window exactly, and each allocation the agent
 * samples costs 1-5 us, which moves the timing it depends on. Under load, single windows of 2,048 calls of an
 * executor's submit-and-wait read 392-416 B/op against verdicts of 392-409 (two and four busy loops on 2 cores),
 * and in the IT executor-other-threads all three read 416 (the caller and the worker parking on every call)
 * against a verdict of 392. Such a mean is counted over a span as long as the shortest the verdict is taken over
 * ({@link CountedCalls#span}), which averages scheduling phases as the verdict's own span does, and accepted when
 * it is within {@link #MEAN_COUNT_TOLERANCE} of the verdict or within {@link MeanError#SIGMAS} standard errors of
 * their difference, from the spread of both spans' windows.
 */
public final class ObjectCounter {
    /** The most objects a counting window should see: each costs the agent about 1-5 us. */
    static final long MAX_OBJECTS_PER_WINDOW = 64_000;
    static final int MAX_WINDOW = 8192;
    /** A multiple of 64, so that any simple figure (a multiple of 1/64 B) gives whole bytes per window. */
    static final int MIN_WINDOW = 64;

    private ObjectCounter() {}

    /** Starts counting the allocations of {@code thread}, or of every thread. */
    static native boolean start(Thread thread, boolean everyThread);

    static native void reset();

    static native void stop();

    static native long count();

    static native long bytes();

    static native long dropped();

    static native String sites();

    /**
     * The outcome: objects and sites over {@code ops} calls, or why there is no count ({@code unavailable}); or a
     * partial one ({@code partial}): the window allocated what the verdict says, but the objects seen add up to
     * less, and {@code sites} are those seen.
     */
    public record Count(long objects, int ops, List<String> sites, String unavailable, Partial partial) {
        public Count(long objects, int ops, List<String> sites, String unavailable) {
            this(objects, ops, sites, unavailable, null);
        }
    }

    /**
     * The bytes the counted objects add up to, against the bytes the window allocated; equal for a method called by
     * several threads whose counted calls allocated every object seen but strayed from the figure.
     */
    public record Partial(long seenBytes, long windowBytes) {}

    /** True when the agent was loaded into this JVM (its natives then link). */
    public static boolean available() {
        try {
            // calling each native once also links it now: linking allocates, and must not happen in the window
            reset();
            count();
            bytes();
            dropped();
            sites();
            stop();
            return true;
        } catch (UnsatisfiedLinkError e) {
            return false;
        }
    }

    /** The allocation before counting that makes JDK 17 sample every allocation: 64 MiB, in few arrays. */
    static final int PREAMBLE_ARRAYS = 1024;
    static final int PREAMBLE_ARRAY_BYTES = 64 * 1024;

    /** How many counting windows may pass before the other threads' allocations are all seen. */
    static final int ATTEMPTS = 3;
    /**
     * How many bytes windows whose objects came up short may allocate before such a window counts as an attempt.
     * Another thread is sampled from its next sample point on, drawn 512 KiB ahead on average before the count
     * began: an executor's worker went unseen for a whole window of 2,048 calls (655 KB of its own) in 8 of 24
     * counts under load, and for three windows running in 2 of 28, which made the count unavailable. 16 MiB is 32
     * such intervals. No more than {@link #UNSEEN_WINDOWS} such windows either: a window of a few bytes that always
     * came up short would otherwise be counted again millions of times.
     */
    static final long UNSEEN_ALLOWANCE = 16 << 20;
    static final int UNSEEN_WINDOWS = 64;
    /** The most windows the span of a mean is counted over; it ends after {@value SteadyStateMeter#MEAN_MILLIS} ms. */
    static final int MAX_SPAN_WINDOWS = 1024;

    public static Count count(Object instance, SteadyStateMeter.Settled verdict) throws Throwable {
        int n = windowFor(verdict);
        // several calling threads: every thread is counted, each site with its thread
        if (!start(Thread.currentThread(), AllocationCounter.ALL_THREADS || ParallelCalls.active())) {
            return unavailable(n, "the JVM refused to sample every allocation (JVMTI SetHeapSamplingInterval(0))");
        }
        // JDK 17 keeps each thread's "bytes until the next sample" drawn with the old 512 KiB interval until its
        // next sample: allocate past it, and retire every TLAB, before counting (measurement-facts.md §4.2). 64 MiB
        // in arrays of 64 KiB: once past that sample, every allocation is sampled, and the agent takes a few
        // microseconds for each (65,536 arrays of 1,000 B took it a quarter of a second)
        for (int i = 0; i < PREAMBLE_ARRAYS; i++) {
            Sink.ref = new byte[PREAMBLE_ARRAY_BYTES];
        }
        Sink.ref = null;
        System.gc();
        // other threads cannot be made to allocate past their old sampling point: their first allocations after
        // start can go unseen, so a window whose objects come up short is counted again, until the allowance is
        // spent. A mean that depends on timing is then counted over a span, once a window shows every thread's
        // allocations seen; a window or span that does not add up or strays from the verdict is an attempt
        boolean mean = timingDependent(verdict);
        CountedCalls counted = new CountedCalls(mean ? MAX_SPAN_WINDOWS : 1); // made before anything is counted
        long unseenBytes = 0;
        int unseenWindows = 0;
        for (int attempt = 0; attempt < ATTEMPTS; ) {
            reset();
            counted.window(instance, n);
            if (dropped() == 0 && bytes() < counted.bytes() && ++unseenWindows <= UNSEEN_WINDOWS
                    && (unseenBytes += counted.bytes()) <= UNSEEN_ALLOWANCE) continue;
            if (mean && allSeen(counted)) {
                reset();
                counted.span(instance, n);
            }
            if (allSeen(counted) && !off(verdict, counted.calls(), counted.bytes(), counted.error())) break;
            attempt++;
        }
        stop();
        long objects = count();
        long countedBytes = bytes();
        if (dropped() > 0) {
            return unavailable(counted.calls(), "the agent could not record " + dropped() + " of " + objects
                    + " allocations");
        }
        String mismatch = mismatch(verdict, counted.calls(), counted.bytes(), countedBytes, counted.error());
        List<String> sites = new ArrayList<>();
        for (String line : sites().split("\n")) {
            if (!line.isEmpty()) sites.add(line);
        }
        if (mismatch != null && countedBytes < counted.bytes()
                && !off(verdict, counted.calls(), counted.bytes(), counted.error())) {
            // the window is the verdict's, but some of its allocations went unseen (another thread's, before its
            // first sample point): the sites seen are still worth showing, as what they are
            return new Count(-1, counted.calls(), sites, null, new Partial(countedBytes, counted.bytes()));
        }
        if (mismatch != null && ParallelCalls.active() && countedBytes == counted.bytes()) {
            // several threads racing: the agent's cost per object (1-5 us) widens the gap between a thread's read and
            // its compare-and-set, so more races are lost while it counts (a copy-on-write loop on 4 threads: 80.4
            // B/op counted against a figure of 69.9). Every object of the counted calls was seen: their sites are
            // shown as those of other calls than the figure's, and no count is claimed for the figure
            return new Count(-1, counted.calls(), sites, null, new Partial(countedBytes, counted.bytes()));
        }
        if (mismatch != null) {
            return unavailable(counted.calls(), mismatch);
        }
        return new Count(objects, counted.calls(), sites, null);
    }

    /** True when the agent saw every object the counted calls allocated, and no more. Allocates nothing. */
    private static boolean allSeen(CountedCalls counted) {
        return dropped() == 0 && bytes() == counted.bytes();
    }

    /**
     * Why a count cannot be trusted, or null when it can: the counting window must allocate what the verdict says,
     * and the objects counted must add up to exactly the bytes the thread counter saw in that window.
     */
    static String mismatch(SteadyStateMeter.Settled settled, int n, long windowBytes, long countedBytes) {
        return mismatch(settled, n, windowBytes, countedBytes, 0);
    }

    /** As above, for counted calls whose mean per call has the standard error {@code error} (0 for one window). */
    static String mismatch(SteadyStateMeter.Settled settled, int n, long windowBytes, long countedBytes,
            double error) {
        Window verdict = settled.window();
        if (off(settled, n, windowBytes, error)) {
            return String.format(java.util.Locale.ROOT, "the counting window allocated %.3f B/op, but the verdict"
                    + " was %.3f B/op: %s", (double) windowBytes / n, verdict.bytesPerOp(), timingDependent(settled)
                            ? "more than " + Math.round(MEAN_COUNT_TOLERANCE * 100) + " % and "
                                    + Math.round(MeanError.SIGMAS) + " standard errors apart, in " + ATTEMPTS
                                    + " attempts"
                            : "the JIT changed the code in between");
        }
        if (countedBytes != windowBytes) {
            return "the objects counted add up to " + countedBytes + " B, but the window allocated " + windowBytes
                    + " B";
        }
        return null;
    }

    /**
     * How far the count of a timing-dependent mean may stray from it however alike its windows: forks of the
     * bench's executor method read 383.3-387.5 B/op under load, and the agent's cost per object moves the timing
     * the mean depends on (counted windows of 16,384 calls read 392-409 B/op against verdicts of 392-409, with two
     * and four busy loops on 2 cores; windows right after them without the agent read 389-416).
     */
    static final double MEAN_COUNT_TOLERANCE = 0.05;

    /** A mean with no period: allocation that depends on timing, which no window meets exactly. */
    private static boolean timingDependent(SteadyStateMeter.Settled settled) {
        return settled.amortized() && settled.period() == 0 && !SteadyStateMeter.isSimple(settled.window());
    }

    /**
     * True when {@code n} counted calls did not allocate what the verdict says; for a timing-dependent mean, when
     * they are further from it than {@link #MEAN_COUNT_TOLERANCE} and than {@link MeanError#SIGMAS} standard errors
     * of the difference ({@code error} is the count's; the verdict carries its own). Allocates nothing.
     */
    private static boolean off(SteadyStateMeter.Settled settled, int n, long windowBytes, double error) {
        Window verdict = settled.window();
        if (timingDependent(settled)) {
            double apart = Math.abs((double) windowBytes / n - verdict.bytesPerOp());
            double chance = MeanError.SIGMAS * Math.sqrt(error * error + settled.meanError() * settled.meanError());
            return apart > Math.max(MEAN_COUNT_TOLERANCE * verdict.bytesPerOp(), chance);
        }
        return windowBytes * verdict.ops() != verdict.bytes() * (long) n;
    }

    private static Count unavailable(int n, String reason) {
        return new Count(-1, n, List.of(), reason);
    }

    /**
     * The counting window for a verdict: a multiple of its period when it has one (only such windows allocate
     * exactly the mean), else {@link #windowFor(double)}.
     */
    static int windowFor(SteadyStateMeter.Settled verdict) {
        int n = windowFor(verdict.window().bytesPerOp());
        long period = verdict.period();
        return period == 0 ? n : (int) Math.min(Integer.MAX_VALUE, period * Math.max(1, n / period));
    }

    /** A power of two between 64 and 8192 calls, smaller for methods that allocate a lot. */
    static int windowFor(double bytesPerOp) {
        double objectsPerOpAtMost = bytesPerOp / 16; // no object is smaller than 16 B
        int n = MAX_WINDOW;
        while (n > MIN_WINDOW && objectsPerOpAtMost * n > MAX_OBJECTS_PER_WINDOW) {
            n /= 2;
        }
        return n;
    }
}
