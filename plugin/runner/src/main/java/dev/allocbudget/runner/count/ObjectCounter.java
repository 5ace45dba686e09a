package dev.allocbudget.runner.count;

import dev.allocbudget.runner.measure.AllocationCounter;
import dev.allocbudget.runner.measure.MeasurementLoop;
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

    /** The outcome: objects and sites over {@code ops} calls, or why there is no count. */
    public record Count(long objects, int ops, List<String> sites, String unavailable) {}

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

    public static Count count(Object instance, SteadyStateMeter.Settled verdict) throws Throwable {
        int n = windowFor(verdict);
        if (!start(Thread.currentThread(), AllocationCounter.ALL_THREADS)) {
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
        // start can go unseen, so a window whose objects do not add up to its bytes is counted again (and so is one
        // of a timing-dependent mean that strayed from it)
        long windowBytes = 0;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            reset();
            windowBytes = MeasurementLoop.allocatedBy(instance, n);
            if (dropped() == 0 && bytes() == windowBytes && !off(verdict, n, windowBytes)) break;
        }
        stop();
        long objects = count();
        long countedBytes = bytes();
        if (dropped() > 0) {
            return unavailable(n, "the agent could not record " + dropped() + " of " + objects + " allocations");
        }
        String mismatch = mismatch(verdict, n, windowBytes, countedBytes);
        if (mismatch != null) {
            return unavailable(n, mismatch);
        }
        List<String> sites = new ArrayList<>();
        for (String line : sites().split("\n")) {
            if (!line.isEmpty()) sites.add(line);
        }
        return new Count(objects, n, sites, null);
    }

    /**
     * Why a count cannot be trusted, or null when it can: the counting window must allocate what the verdict says,
     * and the objects counted must add up to exactly the bytes the thread counter saw in that window.
     */
    static String mismatch(SteadyStateMeter.Settled settled, int n, long windowBytes, long countedBytes) {
        Window verdict = settled.window();
        if (off(settled, n, windowBytes)) {
            return String.format(java.util.Locale.ROOT, "the counting window allocated %.3f B/op, but the verdict"
                    + " was %.3f B/op: %s", (double) windowBytes / n, verdict.bytesPerOp(), timingDependent(settled)
                            ? "more than " + Math.round(MEAN_COUNT_TOLERANCE * 100) + " % apart, in "
                                    + ATTEMPTS + " windows"
                            : "the JIT changed the code in between");
        }
        if (countedBytes != windowBytes) {
            return "the objects counted add up to " + countedBytes + " B, but the window allocated " + windowBytes
                    + " B";
        }
        return null;
    }

    /**
     * How far a counting window of a timing-dependent mean may stray from it: forks of the bench's executor method
     * read 383.3-387.5 B/op under load, and a window of 2,048 calls strays further than a fork's span does.
     */
    static final double MEAN_COUNT_TOLERANCE = 0.05;

    /** A mean with no period: allocation that depends on timing, which no window meets exactly. */
    private static boolean timingDependent(SteadyStateMeter.Settled settled) {
        return settled.amortized() && settled.period() == 0 && !SteadyStateMeter.isSimple(settled.window());
    }

    /** True when the counting window did not allocate what the verdict says (for a timing-dependent mean: nearly). */
    private static boolean off(SteadyStateMeter.Settled settled, int n, long windowBytes) {
        Window verdict = settled.window();
        if (timingDependent(settled)) {
            double window = (double) windowBytes / n;
            return Math.abs(window - verdict.bytesPerOp()) > MEAN_COUNT_TOLERANCE * verdict.bytesPerOp();
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
