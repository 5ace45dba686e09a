package demo;

import dev.allocbudget.AllocationBudget;
import java.io.IOException;
import java.nio.file.Path;

public class WorkerBudget {
    public int value = 42;

    /** Starts a child process, says which processes to look for, and never returns. */
    @AllocationBudget(bytes = 0)
    public int hang() throws IOException, InterruptedException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "demo.Sleeper").start();
        System.err.println("fork pid " + ProcessHandle.current().pid());
        System.err.println("child pid " + child.pid());
        Thread.sleep(Long.MAX_VALUE);
        return value;
    }

    @AllocationBudget(bytes = 0)
    public int work() {
        return value * 31;
    }
}
