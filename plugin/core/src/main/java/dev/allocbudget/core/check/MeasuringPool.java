package dev.allocbudget.core.check;

import dev.allocbudget.core.model.BudgetMethod;
import dev.allocbudget.core.model.MethodResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures methods up to {@code forks} at a time; each method's own forks (the confirming second and third) run one
 * after the other in its task. Results are handed over in the methods' order, on the calling thread, as soon as a
 * method and every method before it are done, so the progress lines read the same whatever the number of forks.
 * When a task throws, or the calling thread is interrupted, the other tasks are interrupted (which kills their forks,
 * see {@code ForkLauncher}) and waited for before this throws: no fork outlives the check.
 */
public final class MeasuringPool {

    /** Measures one method. */
    public interface Task {
        MethodResult measure(BudgetMethod method) throws IOException, InterruptedException;
    }

    /** Told of each result, in the methods' order; {@code index} counts from 1. */
    public interface Finished {
        void finished(int index, int total, MethodResult result);
    }

    private MeasuringPool() {}

    /** The results of {@code methods}, in their order. */
    public static List<MethodResult> measure(List<BudgetMethod> methods, int forks, Task task, Finished finished)
            throws IOException, InterruptedException {
        List<MethodResult> results = new ArrayList<>();
        int workers = Math.min(forks, methods.size());
        if (workers <= 1) { // one at a time, on this thread
            for (BudgetMethod method : methods) {
                results.add(task.measure(method));
                finished.finished(results.size(), methods.size(), results.get(results.size() - 1));
            }
            return results;
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread t = new Thread(runnable, "allocbudget-measure-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            CompletionService<Measured> done = new ExecutorCompletionService<>(pool);
            for (int i = 0; i < methods.size(); i++) {
                int index = i;
                BudgetMethod method = methods.get(i);
                done.submit(() -> new Measured(index, task.measure(method)));
            }
            MethodResult[] byIndex = new MethodResult[methods.size()];
            for (int count = 0; count < methods.size(); count++) {
                Measured m = resultOf(done.take());
                byIndex[m.index()] = m.result();
                while (results.size() < byIndex.length && byIndex[results.size()] != null) {
                    results.add(byIndex[results.size()]);
                    finished.finished(results.size(), methods.size(), results.get(results.size() - 1));
                }
            }
            return results;
        } finally {
            pool.shutdownNow(); // interrupts the tasks still running: each kills its fork
            awaitTermination(pool);
        }
    }

    private record Measured(int index, MethodResult result) {}

    private static Measured resultOf(Future<Measured> future) throws IOException, InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            } else if (cause instanceof InterruptedException interrupted) {
                throw interrupted;
            } else if (cause instanceof RuntimeException unchecked) {
                throw unchecked;
            } else if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Waits for the measuring threads to end, even when interrupted meanwhile (the interrupt is kept). */
    private static void awaitTermination(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
