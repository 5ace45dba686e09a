package dev.allocbudget.core;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.core.baseline.Baseline;
import dev.allocbudget.core.baseline.BaselineFile;
import dev.allocbudget.core.check.IdFilter;
import dev.allocbudget.core.check.Limits;
import dev.allocbudget.core.check.MethodMeasurer;
import dev.allocbudget.core.check.TimeGate;
import dev.allocbudget.core.fork.ForkLauncher;
import dev.allocbudget.core.fork.ForkRun;
import dev.allocbudget.core.jmh.JmhMeasurer;
import dev.allocbudget.core.report.Reports;
import dev.allocbudget.runner.protocol.Event;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The check, without Maven: discover the budget methods in a fork, measure each in forks of its own, decide, and
 * write {@code report.json}. User code only ever runs in forked JVMs.
 */
public final class AllocationCheck {
    private final CheckRequest request;
    private final CheckListener listener;

    public AllocationCheck(CheckRequest request, CheckListener listener) {
        this.request = request;
        this.listener = listener;
    }

    /**
     * Runs the check. Returns an outcome with an empty result list when there is nothing to check; throws when the
     * check cannot run at all. The report is written before this returns, whatever the verdicts.
     */
    public CheckOutcome run() throws AllocBudgetException, InterruptedException {
        long start = System.nanoTime();
        requireCompiledTests();
        // read even when not comparing: a broken file stops the run before anything is measured
        Baseline read = BaselineFile.readIfPresent(request.baselineFile());
        Baseline baseline = request.compareWithBaseline() ? read : null;
        // with a reference and no baseline file, allocation is compared with the reference's, measured now
        String allocationReference = request.reference() != null && request.compareWithBaseline() && read == null
                ? request.reference().name() : null;
        if (request.reference() != null && read != null && request.timeGateTolerancePercent() == null) {
            listener.warning("The reference " + request.reference().name() + " is not used: allocation is compared"
                    + " with the baseline file " + request.baselineFile() + ", and times are compared with a"
                    + " reference only with -D" + PropertyNames.TIME_GATE + "=true.");
        }
        try {
            ForkLauncher launcher = new ForkLauncher(request);
            String archive = launcher.useClassDataArchive();
            if (archive != null) {
                listener.info(archive);
            }
            ForkRun discovery = launcher.discover();
            Environment environment = environmentOf(discovery);
            discovery.all(Event.Warning.class).forEach(w -> listener.warning(w.text()));
            List<BudgetMethod> found = methodsOf(discovery);
            IdFilter filter = new IdFilter(request.includes());
            List<BudgetMethod> methods = found.stream()
                    .filter(m -> filter.matches(m.id()))
                    .filter(m -> request.methodIds() == null || request.methodIds().contains(m.id()))
                    .sorted(Comparator.comparing(BudgetMethod::id))
                    .toList();
            requireSelected(filter, found, methods);
            String java = environment.javaFeature();
            requireRunnableReference(java);
            Baseline.Section section = baseline == null ? null : baseline.section(java);
            if (section != null) {
                warnIfRecordedElsewhere(section.environment(), environment, java);
            }
            List<MethodResult> results = new ArrayList<>();
            if (!methods.isEmpty()) {
                listener.started(environment, methods.size());
                MethodMeasurer measurer = new MethodMeasurer(launcher, request.forkTimeout(), request.sites());
                results = measureAll(measurer, methods, baseline, section, allocationReference);
            }
            if (request.jmh() != null && !results.isEmpty()) {
                TimeGate gate = request.timeGateTolerancePercent() == null ? null
                        : new TimeGate(request.timeGateTolerancePercent());
                results = new JmhMeasurer(launcher, request, listener, gate).measure(results);
            }
            BaselineUse use = baseline == null ? null : new BaselineUse(request.baselineFile(), java,
                    List.copyOf(baseline.sections().keySet()), staleEntries(section, found));
            CheckOutcome outcome = new CheckOutcome(environment, results, use,
                    Duration.ofNanos(System.nanoTime() - start));
            Reports.write(outcome, request);
            return outcome;
        } catch (IOException e) {
            throw new AllocBudgetException("allocbudget: I/O error under " + request.reportDir() + ": " + e, e);
        }
    }

    /** Tells the listener a method has its verdict, and about threads it left allocating. */
    private void finished(int index, int total, MethodResult result) {
        listener.methodFinished(index, total, result);
        if (result.detail() != null && result.detail().lingeringThreads() != null) {
            listener.warning(result.id() + ": " + result.detail().lingeringThreads());
        }
    }

    /**
     * Measures the methods (sorted by id), up to {@code request.forks()} at a time; each method's own forks (the
     * confirming second and third) run one after the other in its task. The listener hears of each method in id
     * order, on this thread, as soon as it and every method before it are done, so the progress lines read the same
     * whatever the number of forks. When a task throws, or this thread is interrupted, the other tasks are
     * interrupted (which kills their forks, see {@link ForkLauncher}) and waited for before this throws: no fork
     * outlives the check.
     */
    private List<MethodResult> measureAll(MethodMeasurer measurer, List<BudgetMethod> methods, Baseline baseline,
            Baseline.Section section, String reference) throws IOException, InterruptedException {
        List<MethodResult> results = new ArrayList<>();
        int workers = Math.min(request.forks(), methods.size());
        if (workers == 1) { // one at a time, on this thread
            for (BudgetMethod method : methods) {
                MethodResult result = measure(measurer, method, baseline, section, reference);
                results.add(result);
                finished(results.size(), methods.size(), result);
            }
            return results;
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
            Thread t = new Thread(task, "allocbudget-measure-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            CompletionService<Measured> done = new ExecutorCompletionService<>(pool);
            for (int i = 0; i < methods.size(); i++) {
                int index = i;
                BudgetMethod method = methods.get(i);
                done.submit(() -> new Measured(index, measure(measurer, method, baseline, section, reference)));
            }
            MethodResult[] byIndex = new MethodResult[methods.size()];
            for (int finished = 0; finished < methods.size(); finished++) {
                Measured m = resultOf(done.take());
                byIndex[m.index()] = m.result();
                while (results.size() < byIndex.length && byIndex[results.size()] != null) {
                    results.add(byIndex[results.size()]);
                    finished(results.size(), methods.size(), results.get(results.size() - 1));
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

    /** Measures the method held to its baseline entry; or, with {@code reference}, to the reference's figures. */
    private MethodResult measure(MethodMeasurer measurer, BudgetMethod method, Baseline baseline,
            Baseline.Section section, String reference) throws IOException, InterruptedException {
        double tolerance = method.tolerancePercent() != null ? method.tolerancePercent()
                : request.baselineTolerancePercent();
        if (reference != null) {
            return measurer.measureAgainstReference(method, tolerance, reference);
        }
        BaselineEntry entry = section == null ? null : section.methods().get(method.id());
        return measurer.measure(method, new Limits(method.budget(), entry, baseline != null, tolerance));
    }

    /** Entries of this Java's section that name no method of the module. */
    private static List<String> staleEntries(Baseline.Section section, List<BudgetMethod> found) {
        if (section == null) {
            return List.of();
        }
        Set<String> ids = found.stream().map(BudgetMethod::id).collect(Collectors.toSet());
        return section.methods().keySet().stream().filter(id -> !ids.contains(id)).toList();
    }

    /** Same feature version, other VM or collector: the figures may legitimately differ, so say so. */
    private void warnIfRecordedElsewhere(Environment recorded, Environment now, String java) {
        if (recorded == null) {
            return;
        }
        String then = recorded.javaVendor() + " " + recorded.vmName() + ", " + recorded.gc();
        String current = now.javaVendor() + " " + now.vmName() + ", " + now.gc();
        if (!then.equals(current)) {
            listener.warning("The baseline for Java " + java + " in " + request.baselineFile() + " was recorded on "
                    + then + "; this run is on " + current + ". Figures can differ between VMs and collectors.");
        }
    }

    /** A reference compiled for a newer Java than the forks' cannot run there: say so before anything runs on it. */
    private void requireRunnableReference(String forkJava) throws AllocBudgetException, IOException {
        Reference reference = request.reference();
        if (reference == null) {
            return;
        }
        int newest = reference.newestJava();
        if (newest > Integer.parseInt(forkJava)) {
            throw new AllocBudgetException("allocbudget: the reference " + reference.name() + " ("
                    + reference.location() + ") is compiled for Java " + newest + ", and the forks run on Java "
                    + forkJava + ", which cannot load it. Compare with a reference built for Java " + forkJava
                    + " or older, or run the forks on Java " + newest + " or later (-D" + PropertyNames.JVM + ").");
        }
    }

    /** Includes that select nothing among the methods found are most likely a typo: say so, with the closest ids. */
    private void requireSelected(IdFilter filter, List<BudgetMethod> found, List<BudgetMethod> selected)
            throws AllocBudgetException {
        if (filter.all() || !selected.isEmpty() || found.isEmpty() || !request.failIfNoMethods()) {
            return;
        }
        List<String> ids = found.stream().map(BudgetMethod::id).toList();
        throw new AllocBudgetException("allocbudget: no budget method matches " + PropertyNames.INCLUDES + "="
                + String.join(",", request.includes()) + " among the " + ids.size() + " found in "
                + request.testClassesDir() + ". The closest: " + String.join(", ", IdFilter.closest(
                request.includes(), ids, 3)) + ". Correct the pattern (an id is com.acme.Class#method), or set -D"
                + PropertyNames.FAIL_IF_NO_METHODS + "=false to pass when it selects nothing, as in the modules of"
                + " a build that do not have the methods.");
    }

    private void requireCompiledTests() throws AllocBudgetException {
        if (!Files.isDirectory(request.testClassesDir())) {
            throw new AllocBudgetException("allocbudget: the test classes are not compiled (" + request.testClassesDir()
                    + " does not exist). Run 'mvn test-compile' first, or run the check as part of 'mvn verify'.");
        }
    }

    private Environment environmentOf(ForkRun discovery) throws AllocBudgetException {
        String problem = discovery.failure(request.forkTimeout())
                .or(discovery::error)
                .orElse(null);
        Event.Env env = discovery.first(Event.Env.class).orElse(null);
        if (problem != null || env == null) {
            throw new AllocBudgetException("allocbudget: could not list the budget methods in "
                    + request.testClassesDir() + ": " + (problem != null ? problem : "the fork reported no environment")
                    + "\nFork logs: " + request.reportDir().resolve("forks"));
        }
        return new Environment(env.javaVersion(), env.javaVendor(), env.vmName(), env.gc(), request.pluginVersion());
    }

    private static List<BudgetMethod> methodsOf(ForkRun discovery) {
        return discovery.all(Event.Method.class).stream()
                .map(m -> new BudgetMethod(m.id(), Budget.of(m.budgetBytes(), m.budgetObjects()),
                        toleranceOf(m.tolerancePercent()), m.problem()))
                .toList();
    }

    private static Double toleranceOf(double annotated) {
        return annotated == AllocationBudget.BUILD_DEFAULT ? null : annotated;
    }

    /** True when the module has Java test sources, so a missing test-classes directory means "not compiled". */
    public static boolean hasTestSources(Path testSourceDir) throws IOException {
        if (!Files.isDirectory(testSourceDir)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(testSourceDir)) {
            return files.anyMatch(p -> p.toString().endsWith(".java"));
        }
    }
}
