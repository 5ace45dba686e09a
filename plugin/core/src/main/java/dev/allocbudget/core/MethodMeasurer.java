package dev.allocbudget.core;

import dev.allocbudget.runner.Events;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Measures one method, each measurement in a fresh JVM, and decides its verdict. A figure over budget is measured
 * again in a second fork before it can fail the build; if the two forks disagree, a third decides.
 */
final class MethodMeasurer {
    /** One JVM at a time measures, across all modules of a parallel build: concurrent forks compete for cores. */
    private static final Object ONE_FORK_AT_A_TIME = new Object();

    private final ForkLauncher launcher;
    private final Duration forkTimeout;

    MethodMeasurer(ForkLauncher launcher, Duration forkTimeout) {
        this.launcher = launcher;
        this.forkTimeout = forkTimeout;
    }

    /** One fork's answer: a figure, or why there is none. */
    record Figure(Double bytesPerOp, String error, Duration elapsed) {}

    MethodResult measure(BudgetMethod method) throws IOException, InterruptedException {
        if (method.problem() != null) {
            return new MethodResult(method.id(), null, method.budgetBytes(), Verdict.ERROR,
                    method.id() + ": " + method.problem(), Duration.ZERO);
        }
        List<Figure> figures = new ArrayList<>();
        Figure first = measureOnce(method.id());
        figures.add(first);
        if (first.error() == null && over(first, method)) {
            Figure second = measureOnce(method.id());
            figures.add(second);
            if (second.error() == null && !over(second, method)) {
                figures.add(measureOnce(method.id()));
            }
        }
        return decide(method, figures);
    }

    /** The verdict from one to three forks' figures (package-private for tests). */
    static MethodResult decide(BudgetMethod method, List<Figure> figures) {
        Duration elapsed = figures.stream().map(Figure::elapsed).reduce(Duration.ZERO, Duration::plus);
        Optional<Figure> failed = figures.stream().filter(f -> f.error() != null).findFirst();
        if (failed.isPresent()) {
            return new MethodResult(method.id(), null, method.budgetBytes(), Verdict.ERROR,
                    method.id() + ": " + failed.get().error(), elapsed);
        }
        List<Figure> overBudget = figures.stream().filter(f -> over(f, method)).toList();
        String modes = figures.stream().map(f -> Figures.bytes(f.bytesPerOp())).distinct().count() > 1
                ? " (forks measured " + figures.stream().map(f -> Figures.bytes(f.bytesPerOp()))
                        .collect(Collectors.joining(", ")) + ")"
                : "";
        if (overBudget.size() >= 2) {
            double figure = overBudget.stream().mapToDouble(Figure::bytesPerOp).min().orElseThrow();
            return new MethodResult(method.id(), figure, method.budgetBytes(), Verdict.FAIL,
                    method.id() + ": bytes/op is " + Figures.bytes(figure) + ", but budget is "
                            + method.budgetBytes() + modes, elapsed);
        }
        Figure within = figures.stream().filter(f -> !over(f, method)).findFirst().orElse(figures.get(0));
        // a single over-budget figure is not confirmed: the two other forks measured within budget
        return new MethodResult(method.id(), within.bytesPerOp(), method.budgetBytes(), Verdict.PASS,
                modes.isEmpty() ? null : method.id() + ": passed by majority" + modes, elapsed);
    }

    private static boolean over(Figure f, BudgetMethod method) {
        return method.budgetBytes() != null && f.bytesPerOp() > method.budgetBytes();
    }

    private Figure measureOnce(String id) throws IOException, InterruptedException {
        ForkRun run;
        synchronized (ONE_FORK_AT_A_TIME) {
            run = launcher.measure(id);
        }
        Optional<List<String>> result = run.first(Events.RESULT);
        if (result.isPresent()) {
            long bytes = Long.parseLong(result.get().get(1));
            long ops = Long.parseLong(result.get().get(2));
            return new Figure((double) bytes / ops, null, run.elapsed());
        }
        Optional<String> reason = run.first(Events.ERROR).or(() -> run.first(Events.UNSETTLED)).map(e -> e.get(1));
        return new Figure(null, reason.or(() -> run.failure(forkTimeout))
                .orElse("the forked JVM reported no figure"), run.elapsed());
    }
}
