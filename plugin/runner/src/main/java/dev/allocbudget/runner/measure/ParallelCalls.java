package dev.allocbudget.runner.measure;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The calls of a method with {@code threads = N}: N threads of their own call it at once, on the one instance of its
 * class, as JMH's {@code -t N} threads call a {@code Scope.Benchmark} state. A window of {@code n} calls is exactly
 * {@code n} calls in all, handed out in chunks, so that every thread keeps calling until the window's calls run out
 * (threads given equal shares finish at different times, and the end of each window would run with less
 * contention than JMH's iterations, which run every thread for the whole iteration).
 *
 * <p>The window is read around all threads on the thread that measures ({@link AllocationCounter#read}: every
 * thread of the JVM, or, with {@code allocbudget.threads=caller}, the calling threads' own parts summed). Between
 * windows the threads wait without allocating (spinning, then yielding, then parking), so a window holds the calls
 * and nothing else: a method that allocates nothing reads exactly 0. Each thread reads its own counter around each
 * chunk, which gives the per-thread breakdown; what other threads allocated (an executor the method hands work to)
 * is the rest of the window.
 *
 * <p>{@link #allocatedBy} is where the measuring code asks for a window: without {@link #start} it is
 * {@link MeasurementLoop}'s loop on the measuring thread, as for every method without {@code threads}.
 */
public final class ParallelCalls {
    /** The threads' name, which the sites and the lingering-thread check show. */
    public static final String THREAD_NAME = "allocbudget-thread-";
    /** Chunks per thread in a window: small enough that every thread works to the end, large enough to be cheap. */
    static final int CHUNKS_PER_THREAD = 16;

    /** Set once, before the first window, for a method with {@code threads} above 1. */
    private static ParallelCalls active;

    private final Object instance;
    private final Caller[] callers;
    private final long[] bytes;
    private final long[] calls;
    /** Each thread's CPU time in the last window: together, against the window's wall time, how many ran at once. */
    private final long[] cpuNanos;
    private long wallNanos;
    private final AtomicLong remaining = new AtomicLong();
    private final AtomicInteger finished = new AtomicInteger();
    private volatile int window;
    private volatile int chunk;
    private volatile Throwable thrown;
    /** The thread that measures, which the last calling thread to finish a window wakes. */
    private final Thread measuring = Thread.currentThread();

    private ParallelCalls(Object instance, Object[][] arguments) {
        this.instance = instance;
        this.callers = new Caller[arguments.length];
        this.bytes = new long[arguments.length];
        this.calls = new long[arguments.length];
        this.cpuNanos = new long[arguments.length];
        for (int i = 0; i < callers.length; i++) {
            callers[i] = new Caller(this, i, MeasurementLoop.arguments(arguments[i]));
            callers[i].start();
        }
    }

    /**
     * Starts one thread per element of {@code arguments} (each thread's arguments: shared objects, and its own
     * {@code Scope.Thread} states and Blackhole), all calling the method on {@code instance}. Call before the first
     * window, after {@link MeasurementLoop.Target#set}.
     */
    public static void start(Object instance, Object[][] arguments) {
        active = new ParallelCalls(instance, arguments);
    }

    /** True when the method is called by several threads. */
    public static boolean active() {
        return active != null;
    }

    /**
     * Bytes allocated while the method is called {@code n} times on {@code instance}: by the measuring thread alone,
     * or, after {@link #start}, by all the calling threads at once.
     */
    public static long allocatedBy(Object instance, int n) throws Throwable {
        ParallelCalls parallel = active;
        return parallel == null ? MeasurementLoop.allocatedBy(instance, n) : parallel.window(n);
    }

    /** The calling thread's part, or the calling threads' parts together, of the last window. */
    static long callerBytesOfLastWindow() {
        ParallelCalls parallel = active;
        return parallel == null ? AllocationCounter.callerBytesOfLastWindow() : parallel.sum(parallel.bytes);
    }

    /** Each calling thread's calls and bytes in the last window; null with one calling thread. Allocates. */
    static Window.PerThread perThreadOfLastWindow() {
        ParallelCalls parallel = active;
        return parallel == null ? null : new Window.PerThread(parallel.calls.clone(), parallel.bytes.clone());
    }

    /**
     * How many of the calling threads ran at once in the last window, on average: their CPU time over the window's
     * wall time (up to the cores the JVM has); NaN with one calling thread.
     */
    static double parallelismOfLastWindow() {
        ParallelCalls parallel = active;
        return parallel == null || parallel.wallNanos == 0 ? Double.NaN
                : (double) parallel.sum(parallel.cpuNanos) / parallel.wallNanos;
    }

    /**
     * How many threads must run at once, on average over a window, for it to count: 80 % of as many as there are
     * threads or cores, whichever is fewer; NaN with one calling thread. A window below it is left out: with two busy
     * loops on 2 cores, windows of a copy-on-write loop on 4 threads ran 0.1-0.9 threads at once and read 48 B/op
     * (no race lost) where free cores give 55-87; a figure from them would pass a budget that contention breaks.
     */
    static double neededParallelism() {
        ParallelCalls parallel = active;
        return parallel == null ? Double.NaN
                : 0.8 * Math.min(parallel.callers.length, Runtime.getRuntime().availableProcessors());
    }

    private long window(int n) throws Throwable {
        Arrays.fill(bytes, 0);
        Arrays.fill(calls, 0);
        remaining.set(n);
        chunk = Math.max(1, n / (callers.length * CHUNKS_PER_THREAD));
        finished.set(0);
        long before = AllocationCounter.read();
        long start = System.nanoTime();
        window++;
        for (Caller caller : callers) {
            LockSupport.unpark(caller); // the threads start
        }
        for (int spins = 0; finished.get() < callers.length; spins++) {
            pause(spins);
        }
        wallNanos = System.nanoTime() - start;
        long after = AllocationCounter.read();
        Throwable t = thrown;
        if (t != null) {
            throw t;
        }
        return AllocationCounter.ALL_THREADS ? after - before : sum(bytes);
    }

    /** The next chunk of the window's calls, or 0 when they are all taken. */
    private int claim() {
        while (true) {
            long left = remaining.get();
            if (left <= 0) {
                return 0;
            }
            int take = (int) Math.min(chunk, left);
            if (remaining.compareAndSet(left, left - take)) {
                return take;
            }
        }
    }

    private long sum(long[] values) {
        long sum = 0;
        for (long v : values) sum += v;
        return sum;
    }

    /**
     * Waits without allocating: spins a little (the next window starts within microseconds), then parks until woken
     * (a window's start wakes the calling threads; the last of them to finish wakes the measuring thread). Parking,
     * not polling: a thread that wakes every few microseconds to look moves the others between cores, and with
     * 4 threads on 2 cores a copy-on-write loop read 48 B/op (no thread ever raced another) for stretches of
     * 300 ms, against JMH's steady 74-78.
     */
    private static void pause(int spins) {
        if (spins < 100) {
            Thread.onSpinWait();
        } else {
            LockSupport.park();
        }
    }

    /** One calling thread: waits for a window, takes chunks of its calls until none are left, and says so. */
    static final class Caller extends Thread {
        private final ParallelCalls owner;
        private final int index;
        private final Object[] arguments;

        Caller(ParallelCalls owner, int index, Object[] arguments) {
            super(THREAD_NAME + (index + 1));
            this.owner = owner;
            this.index = index;
            this.arguments = arguments;
            setDaemon(true);
        }

        @Override
        public void run() {
            int seen = 0;
            while (true) {
                for (int spins = 0; owner.window == seen; spins++) {
                    pause(spins);
                }
                seen = owner.window;
                long ownBytes = 0;
                long ownCalls = 0;
                long cpuBefore = AllocationCounter.THREADS.getCurrentThreadCpuTime();
                try {
                    for (int take = owner.claim(); take > 0; take = owner.claim()) {
                        ownBytes += MeasurementLoop.allocatedBy(owner.instance, arguments, take);
                        ownCalls += take;
                    }
                } catch (Throwable t) {
                    owner.thrown = t;
                    owner.remaining.set(0); // the others stop at their next chunk
                }
                owner.bytes[index] = ownBytes;
                owner.calls[index] = ownCalls;
                owner.cpuNanos[index] = AllocationCounter.THREADS.getCurrentThreadCpuTime() - cpuBefore;
                // publishes the two writes above to the measuring thread
                if (owner.finished.incrementAndGet() == owner.callers.length) {
                    LockSupport.unpark(owner.measuring);
                }
            }
        }
    }
}
