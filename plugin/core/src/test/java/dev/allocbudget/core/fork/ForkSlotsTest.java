package dev.allocbudget.core.fork;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The limit on measuring JVMs at a time, and JMH's JVMs alone (the forks of real checks: ParallelForksTest). */
class ForkSlotsTest {

    /** Starts a thread that runs {@code body}; {@link Waiter#started} tells whether it got past it. */
    private static final class Waiter {
        final CountDownLatch passed = new CountDownLatch(1);
        final Thread thread;
        volatile Throwable failure;

        Waiter(ThrowingRunnable body) {
            thread = new Thread(() -> {
                try {
                    body.run();
                    passed.countDown();
                } catch (Throwable t) {
                    failure = t;
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        boolean passedWithin(long millis) throws InterruptedException {
            return passed.await(millis, TimeUnit.MILLISECONDS);
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    @AfterEach
    void freeTheSlots() {
        ForkSlots.reset(); // they are static: a test that failed halfway would hold them for the tests after it
    }

    @Test
    void slotsLetUpToTheLimitMeasureAndJmhRunAlone() throws Exception {
        ForkSlots.acquireMeasuring(2);
        ForkSlots.acquireMeasuring(2);
        Waiter third = new Waiter(() -> ForkSlots.acquireMeasuring(2));
        assertTrue(!third.passedWithin(200), "a third fork started with a limit of 2");
        ForkSlots.releaseMeasuring();
        assertTrue(third.passedWithin(5_000), "the third fork did not start when a slot came free");
        // JMH waits for every measuring fork to end; a check with a higher limit does not go past a waiting JMH
        Waiter jmh = new Waiter(ForkSlots::acquireJmh);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (ForkSlots.jmhWaiting() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(1); // the fork that asks after JMH must ask after it
        }
        assertTrue(ForkSlots.jmhWaiting() == 1, "JMH is not waiting");
        Waiter later = new Waiter(() -> ForkSlots.acquireMeasuring(8));
        assertTrue(!jmh.passedWithin(200), "JMH ran beside two measuring forks");
        assertTrue(!later.passedWithin(0), "a measuring fork went ahead of a waiting JMH");
        ForkSlots.releaseMeasuring();
        assertTrue(!jmh.passedWithin(200), "JMH ran beside a measuring fork");
        ForkSlots.releaseMeasuring();
        assertTrue(jmh.passedWithin(5_000), "JMH did not start when the measuring forks had ended");
        assertTrue(!later.passedWithin(200), "a measuring fork started beside JMH");
        ForkSlots.releaseJmh();
        assertTrue(later.passedWithin(5_000), "the measuring fork did not start after JMH");
        ForkSlots.releaseMeasuring();
    }

    @Test
    void aForkWhoseMethodRunsOnSeveralThreadsTakesAsManySlots() throws Exception {
        ForkSlots.acquireMeasuring(4, 1);
        Waiter threaded = new Waiter(() -> ForkSlots.acquireMeasuring(4, 4));
        assertTrue(!threaded.passedWithin(200), "a 4-thread fork started beside another fork with a limit of 4");
        ForkSlots.releaseMeasuring(1);
        assertTrue(threaded.passedWithin(5_000), "the 4-thread fork did not start when all 4 slots came free");
        Waiter single = new Waiter(() -> ForkSlots.acquireMeasuring(4, 1));
        assertTrue(!single.passedWithin(200), "a fork started while a 4-thread fork held all 4 slots");
        ForkSlots.releaseMeasuring(4);
        assertTrue(single.passedWithin(5_000), "the fork did not start after the 4-thread fork");
        ForkSlots.releaseMeasuring(1);
    }

    @Test
    void anInterruptedWaitLeavesTheSlotsAsTheyWere() throws Exception {
        ForkSlots.acquireJmh();
        Waiter waiting = new Waiter(() -> ForkSlots.acquireMeasuring(1));
        assertTrue(!waiting.passedWithin(200));
        waiting.thread.interrupt();
        waiting.thread.join(5_000);
        assertTrue(waiting.failure instanceof InterruptedException, String.valueOf(waiting.failure));
        ForkSlots.releaseJmh();
        ForkSlots.acquireMeasuring(1); // free again: the interrupted wait took nothing
        ForkSlots.releaseMeasuring();
        ForkSlots.acquireJmh();
        ForkSlots.releaseJmh();
    }
}
