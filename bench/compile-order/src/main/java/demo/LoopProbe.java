package demo;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;

/**
 * The JMH run's loop without JMH: on a thread of its own, {@link EventsBench#writeEvent} called until a volatile
 * flag is set, four warm-up seconds as JMH's iterations are timed, then one second read with
 * {@code getThreadAllocatedBytes}. Background compilation unless the flags say otherwise. Prints bytes per call.
 */
public final class LoopProbe {
    private static volatile boolean done;
    private static int sink;

    public static void main(String[] args) throws Exception {
        double[] bytesPerCall = new double[1];
        Thread worker = new Thread(() -> bytesPerCall[0] = measure(new EventsBench()));
        worker.start();
        worker.join();
        System.out.println(bytesPerCall[0]);
    }

    private static double measure(EventsBench bench) {
        for (int i = 0; i < 4; i++) {
            run(bench, 1000);
        }
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        long calls = run(bench, 1000);
        return (threads.getCurrentThreadAllocatedBytes() - before) / (double) calls;
    }

    private static long run(EventsBench bench, long millis) {
        done = false;
        Thread timer = new Thread(() -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            done = true;
        });
        timer.start();
        long calls = loop(bench);
        try {
            timer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return calls;
    }

    private static long loop(EventsBench bench) {
        long calls = 0;
        try {
            do {
                sink += bench.writeEvent();
                calls++;
            } while (!done);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return calls;
    }
}
