package dev.allocbudget.runner.measure;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;

/**
 * The allocation counters a window is measured with. Both are byte-exact, count TLAB, outside-TLAB and humongous
 * allocations, and reading them allocates nothing.
 *
 * <ul>
 *   <li>The calling thread's counter ({@code getCurrentThreadAllocatedBytes}).
 *   <li>The whole JVM's: {@code getTotalThreadAllocatedBytes}, every Java thread including those that ended during
 *       the window. It is public API from JDK 21 and backported to OpenJDK 17.0.11 (a default method of
 *       {@code com.sun.management.ThreadMXBean} that the implementation class overrides, as in Debian's 17.0.15);
 *       where a build has it on the implementation class only, the host starts the fork with {@code --add-exports},
 *       which opens that class. Where it is missing, the live threads' counters are summed instead: a thread that
 *       ends inside a window then takes what it allocated in that window with it, and the figure reads low (see
 *       {@link #totalExact()}).
 * </ul>
 *
 * <p>By default a window counts every thread, as JMH's GC profiler does: work handed to an executor is the
 * method's work. {@code allocbudget.threads=caller} counts the calling thread only.
 *
 * <p>{@link #read()} is what the measuring loops call before and after a window; it also keeps the caller's part
 * of the last window, so that one loop serves both counters and the report can split the figure. On one of the
 * threads of a method with {@code threads = N} it reads that thread's own counter only: {@link ParallelCalls} reads
 * the window around all of them.
 */
public final class AllocationCounter {
    static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /**
     * The system property that says whose allocation counts: {@code caller}, or {@code all} (the default). The fork
     * sets it from its command before this class is first used; in-process tests set it for their JVM.
     */
    public static final String THREADS_PROPERTY = "allocbudget.threads";

    /** True when a window counts all threads (the default), false for the calling thread only. */
    public static final boolean ALL_THREADS = !"caller".equals(System.getProperty(THREADS_PROPERTY, "all"));

    /** {@code getTotalThreadAllocatedBytes} of {@link #THREADS}, or null where this JVM has no such counter. */
    private static final MethodHandle TOTAL = totalCounter();

    /** The caller's counter at the latest {@link #read()}, and at the one before: the window in between. */
    private static long callerNow;
    private static long callerBefore;
    private static long lastRead;

    private AllocationCounter() {}

    /**
     * The counted bytes so far (all threads, or the caller's); the difference of two reads is a window's figure.
     * Also remembers the caller's counter, for {@link #callerBytesOfLastWindow()}.
     */
    static long read() {
        long caller = THREADS.getCurrentThreadAllocatedBytes();
        if (Thread.currentThread() instanceof ParallelCalls.Caller) {
            return caller; // one of several calling threads: its own part; the window is read around them all
        }
        callerBefore = callerNow;
        callerNow = caller;
        lastRead = ALL_THREADS ? total(caller) : caller;
        return lastRead;
    }

    /**
     * What the latest {@link #read()} returned: where the last window ended, for a span of windows read as a whole
     * ({@code CountedCalls}). Reading the counter anew there would call the JDK's code outside the compiled loop,
     * and a C2 compilation that call triggers resolves the string constants of the class it compiles on the
     * calling thread: 10 Strings, seen in 3 of 8 counts of an executor method.
     */
    public static long lastRead() {
        return lastRead;
    }

    /** What the calling thread allocated between the last two {@link #read()}s. */
    static long callerBytesOfLastWindow() {
        return callerNow - callerBefore;
    }

    /** True when the all-threads figure includes threads that end inside a window. */
    static boolean totalExact() {
        return TOTAL != null;
    }

    private static long total(long caller) {
        if (TOTAL != null) {
            try {
                return (long) TOTAL.invokeExact();
            } catch (Throwable e) {
                throw new IllegalStateException("getTotalThreadAllocatedBytes failed", e);
            }
        }
        return caller + LiveThreads.othersAllocated();
    }

    private static MethodHandle totalCounter() {
        if (Boolean.getBoolean("allocbudget.sumLiveThreads")) {
            return null; // tests take the fallback on a JVM that has the counter
        }
        MethodType type = MethodType.methodType(long.class);
        for (Class<?> owner : new Class<?>[] {com.sun.management.ThreadMXBean.class, THREADS.getClass()}) {
            try {
                return MethodHandles.lookup().findVirtual(owner, "getTotalThreadAllocatedBytes", type).bindTo(THREADS);
            } catch (NoSuchMethodException | IllegalAccessException e) {
                // JDK 17 without the backport, or the implementation class not exported: try the next, then sum
            }
        }
        return null;
    }

    /**
     * Checks that the counters read exactly 0 for a loop that allocates nothing, after warming them up: their own
     * JIT transitions cost a few hundred bytes once, which must not land in a measured window. With all threads
     * counted this also proves that the fork's own threads are silent.
     */
    public static void selfCheck() {
        if (!THREADS.isThreadAllocatedMemorySupported()) {
            throw new IllegalStateException("this JVM does not support per-thread allocation counting"
                    + " (ThreadMXBean.isThreadAllocatedMemorySupported() is false); bytes/op cannot be measured");
        }
        if (!THREADS.isThreadAllocatedMemoryEnabled()) {
            THREADS.setThreadAllocatedMemoryEnabled(true);
        }
        if (TOTAL == null) {
            LiveThreads.snapshot();
        }
        long sum = 0;
        for (int i = 0; i < 50_000; i++) sum += read();
        Sink.l = sum;
        long read = -1;
        for (int attempt = 0; attempt < 20 && read != 0; attempt++) {
            long before = read();
            for (int i = 0; i < 10_000; i++) Sink.i = i;
            read = read() - before;
        }
        if (read != 0) {
            throw new IllegalStateException("the allocation counter is unusable on this JVM: a loop that allocates"
                    + " nothing read " + read + " bytes" + (ALL_THREADS ? " (all threads; set"
                    + " allocbudget.threads=caller to count the calling thread only)" : ""));
        }
    }

    /**
     * The fallback for JVMs without a total counter: the other live threads' counters, read one by one (reading
     * one thread's counter allocates nothing; listing the threads does, so the list is taken between windows).
     */
    static final class LiveThreads {
        private static long[] others = new long[0];

        private LiveThreads() {}

        /** Lists the threads other than the caller; call between windows, never inside one. */
        static void snapshot() {
            long self = Thread.currentThread().getId();
            others = java.util.Arrays.stream(THREADS.getAllThreadIds()).filter(id -> id != self).toArray();
        }

        static long othersAllocated() {
            long sum = 0;
            for (long id : others) {
                long bytes = THREADS.getThreadAllocatedBytes(id);
                if (bytes > 0) sum += bytes; // -1: the thread has ended
            }
            return sum;
        }
    }
}
