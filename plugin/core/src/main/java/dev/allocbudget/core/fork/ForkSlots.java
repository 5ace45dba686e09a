package dev.allocbudget.core.fork;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Who may start a JVM that measures, across every check in this (Maven) JVM: static, so that the modules of a
 * parallel build ({@code mvn -T 2}), whose mojos share the plugin's classes, share it too.
 *
 * <ul>
 * <li>A check's measuring fork starts only while fewer than that check's {@code forks} measuring forks run in this
 * JVM (its own and other modules' together), and no JMH JVM runs or waits. A fork whose method N threads call at
 * once counts as N forks (as all of them, when N is more). With {@code forks = 1} everywhere, one
 * measuring JVM runs at a time across the build, as before this class existed.</li>
 * <li>A JMH JVM (benchmark generation or a run) starts only when no other measuring JVM runs, and keeps every other
 * one out while it runs: JMH measures time and needs quiet cores. A waiting JMH JVM goes before measuring forks that
 * ask after it, so a module's JMH runs are not starved by the other modules' checks.</li>
 * </ul>
 *
 * Figures do not depend on this limit (they are byte counts); only wall time does. Waiting is interruptible.
 */
final class ForkSlots {
    private static final ReentrantLock LOCK = new ReentrantLock(true);
    private static final Condition CHANGED = LOCK.newCondition();
    /** Measuring forks running now. */
    private static int measuring;
    private static boolean jmhRunning;
    private static int jmhWaiting;

    private ForkSlots() {}

    /** Waits until a measuring fork of a check that allows {@code forks} at a time may start, and counts it. */
    static void acquireMeasuring(int forks) throws InterruptedException {
        acquireMeasuring(forks, 1);
    }

    /**
     * As {@link #acquireMeasuring(int)}, for a fork that takes {@code slots} of them (a method that {@code threads}
     * threads call at once keeps as many cores busy): it waits until that many are free, and takes them.
     */
    static void acquireMeasuring(int forks, int slots) throws InterruptedException {
        LOCK.lockInterruptibly();
        try {
            while (jmhRunning || jmhWaiting > 0 || measuring + slots > forks) {
                CHANGED.await();
            }
            measuring += slots;
        } finally {
            LOCK.unlock();
        }
    }

    static void releaseMeasuring() {
        releaseMeasuring(1);
    }

    static void releaseMeasuring(int slots) {
        LOCK.lock();
        try {
            measuring -= slots;
            CHANGED.signalAll();
        } finally {
            LOCK.unlock();
        }
    }

    /** Waits until no measuring JVM runs, then keeps all out until {@link #releaseJmh()}. */
    static void acquireJmh() throws InterruptedException {
        LOCK.lockInterruptibly();
        try {
            jmhWaiting++;
            try {
                while (jmhRunning || measuring > 0) {
                    CHANGED.await();
                }
            } finally {
                jmhWaiting--;
                CHANGED.signalAll(); // measuring forks held back by this waiter may go if it gave up
            }
            jmhRunning = true;
        } finally {
            LOCK.unlock();
        }
    }

    /** JMH JVMs waiting now: for tests, which must know that one waits before they go on. */
    static int jmhWaiting() {
        LOCK.lock();
        try {
            return jmhWaiting;
        } finally {
            LOCK.unlock();
        }
    }

    /** Frees every slot: for tests, so that one that fails halfway does not leave the next waiting for ever. */
    static void reset() {
        LOCK.lock();
        try {
            measuring = 0;
            jmhRunning = false;
            jmhWaiting = 0;
            CHANGED.signalAll();
        } finally {
            LOCK.unlock();
        }
    }

    static void releaseJmh() {
        LOCK.lock();
        try {
            jmhRunning = false;
            CHANGED.signalAll();
        } finally {
            LOCK.unlock();
        }
    }
}
