package dev.allocbudget.core;

import dev.allocbudget.runner.Events;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
        try {
            ForkLauncher launcher = new ForkLauncher(request);
            ForkRun discovery = launcher.discover();
            Environment environment = environmentOf(discovery);
            discovery.all(Events.WARNING).forEach(w -> listener.warning(w.get(1)));
            IdFilter filter = new IdFilter(request.includes());
            List<BudgetMethod> methods = methodsOf(discovery).stream()
                    .filter(m -> filter.matches(m.id()))
                    .sorted(Comparator.comparing(BudgetMethod::id))
                    .toList();
            List<MethodResult> results = new ArrayList<>();
            if (!methods.isEmpty()) {
                listener.started(environment, methods.size());
                MethodMeasurer measurer = new MethodMeasurer(launcher, request.forkTimeout(), request.sites());
                for (BudgetMethod method : methods) {
                    MethodResult result = measurer.measure(method);
                    results.add(result);
                    listener.methodFinished(results.size(), methods.size(), result);
                }
            }
            CheckOutcome outcome = new CheckOutcome(environment, results, Duration.ofNanos(System.nanoTime() - start));
            JsonReport.write(outcome, request.reportDir());
            return outcome;
        } catch (IOException e) {
            throw new AllocBudgetException("allocbudget: I/O error under " + request.reportDir() + ": " + e, e);
        }
    }

    private void requireCompiledTests() throws AllocBudgetException {
        if (!Files.isDirectory(request.testClassesDir())) {
            throw new AllocBudgetException("allocbudget: the test classes are not compiled (" + request.testClassesDir()
                    + " does not exist). Run 'mvn test-compile' first, or run the check as part of 'mvn verify'.");
        }
    }

    private Environment environmentOf(ForkRun discovery) throws AllocBudgetException {
        String problem = discovery.failure(request.forkTimeout())
                .or(() -> discovery.first(Events.ERROR).map(e -> e.get(1)))
                .orElse(null);
        List<String> env = discovery.first(Events.ENV).orElse(null);
        if (problem != null || env == null) {
            throw new AllocBudgetException("allocbudget: could not list the budget methods in "
                    + request.testClassesDir() + ": " + (problem != null ? problem : "the fork reported no environment")
                    + "\nFork logs: " + request.reportDir().resolve("forks"));
        }
        return new Environment(env.get(1), env.get(2), env.get(3), env.get(4), request.pluginVersion());
    }

    private static List<BudgetMethod> methodsOf(ForkRun discovery) {
        return discovery.all(Events.METHOD).stream()
                .map(e -> new BudgetMethod(e.get(1), Budget.of(Long.parseLong(e.get(2)), Long.parseLong(e.get(3))),
                        e.get(4).isEmpty() ? null : e.get(4)))
                .toList();
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
