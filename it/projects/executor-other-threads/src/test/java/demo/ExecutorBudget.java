package demo;

import dev.allocbudget.AllocationBudget;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Work handed to another thread: its byte[256] (272 B) is the method's allocation, as in JMH. */
public class ExecutorBudget {
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "demo-worker");
        t.setDaemon(true);
        return t;
    });
    private volatile byte[] published;

    @AllocationBudget(bytes = 200)
    public Integer submitAndWait() throws Exception {
        return WORKER.submit(() -> {
            byte[] work = new byte[256];
            published = work;
            return work.length;
        }).get();
    }
}
