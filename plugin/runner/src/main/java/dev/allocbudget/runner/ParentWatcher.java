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
     * Starts polling the parent from a sleeping daemon thread. Polling, not a read of stdin: a thread blocked in a
     * native read would delay every JVM exit by 300 ms (HotSpot waits for threads in native code at exit), which is
     * half the time budget of a whole measurement.
     */
    public static void start() {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        if (parent == null) {
            return;
        }
        Thread watcher = new Thread(() -> {
            try {
                while (parent.isAlive()) {
                    Thread.sleep(1000);
                }
            } catch (InterruptedException e) {
                return;
            }
            Runtime.getRuntime().halt(PARENT_DIED);
        }, "allocbudget-parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }
}
