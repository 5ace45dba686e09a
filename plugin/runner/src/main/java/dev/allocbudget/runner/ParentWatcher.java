package dev.allocbudget.runner;

/**
 * Ends a fork when the JVM that started it dies: an orphaned fork must not spin on (or hold JMH's machine-wide
 * lock) after Maven is killed. Every kind of fork starts one, the check's and JMH's.
 */
public final class ParentWatcher {
    /** The exit code of a fork that ended because its parent did. */
    static final int PARENT_DIED = 3;

    private ParentWatcher() {}

    /**
     * Starts polling the parent from a parked daemon thread. Polling, not a read of stdin: a thread blocked in a
     * native read would delay every JVM exit by 300 ms (HotSpot waits for threads in native code at exit), which is
     * half the time budget of a whole measurement. Parked, not sleeping: windows count every thread's allocation,
     * and {@code Thread.sleep} allocates 40 B per call on JDK 25, where {@code parkNanos} and {@code isAlive}
     * allocate nothing.
     */
    public static void start() {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        if (parent == null) {
            return;
        }
        Thread watcher = new Thread(new Watch(parent), "allocbudget-parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** A class, not a lambda: a fork's first lambda bootstraps the JDK's lambda machinery, at start-up time. */
    private static final class Watch implements Runnable {
        private final ProcessHandle parent;

        Watch(ProcessHandle parent) {
            this.parent = parent;
        }

        @Override
        public void run() {
            while (parent.isAlive()) {
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000_000L);
            }
            Runtime.getRuntime().halt(PARENT_DIED);
        }
    }
}
