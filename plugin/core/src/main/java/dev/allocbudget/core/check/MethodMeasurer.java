package dev.allocbudget.core.check;

import dev.allocbudget.core.AllocationSite;
import dev.allocbudget.core.BaselineComparison.Status;
import dev.allocbudget.core.BaselineComparison;
import dev.allocbudget.core.BaselineEntry;
import dev.allocbudget.core.BudgetMethod;
import dev.allocbudget.core.FigureDetail;
import dev.allocbudget.core.Figures;
import dev.allocbudget.core.MethodResult;
import dev.allocbudget.core.ObjectCount;
import dev.allocbudget.core.Verdict;
import dev.allocbudget.core.check.Limits.Standing;
import dev.allocbudget.core.fork.ForkLauncher.Counting;
import dev.allocbudget.core.fork.ForkLauncher;
import dev.allocbudget.core.fork.ForkRun;
import dev.allocbudget.runner.protocol.Event;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Measures one method, each measurement in a fresh JVM, and decides its verdict. A method over budget is measured
 * again in a second fork, which also counts its objects and their sites, before it can fail the build; if the two
 * forks disagree, a third decides.
 */
public final class MethodMeasurer {
    static final int JFR_ATTEMPTS = 3;

    private final ForkLauncher launcher;
    private final Duration forkTimeout;
    private final boolean sitesForAll;

    public MethodMeasurer(ForkLauncher launcher, Duration forkTimeout, boolean sitesForAll) {
        this.launcher = launcher;
        this.forkTimeout = forkTimeout;
        this.sitesForAll = sitesForAll;
    }

    /** One fork's answer: figures, or why there are none. {@code objects} is null when counting was not asked. */
    record Figure(Double bytesPerOp, ObjectCount objects, String error, Duration elapsed, FigureDetail detail) {
        Figure(Double bytesPerOp, ObjectCount objects, String error, Duration elapsed) {
            this(bytesPerOp, objects, error, elapsed, null);
        }

        static Figure failed(String error, Duration elapsed) {
            return new Figure(null, null, error, elapsed);
        }
    }

    public MethodResult measure(BudgetMethod method, Limits limits) throws IOException, InterruptedException {
        if (method.problem() != null) {
            return new MethodResult(method.id(), null, null, method.budget(), null, Verdict.ERROR,
                    method.id() + ": " + method.problem(), Duration.ZERO);
        }
        return decide(method, limits, figures(method, limits));
    }

    /** One fork's figures; two or three when the first stands out against the limits (see {@link #decide}). */
    private List<Figure> figures(BudgetMethod method, Limits limits) throws IOException, InterruptedException {
        List<Figure> figures = new ArrayList<>();
        Figure first = measureOnce(method.id(), sitesForAll || method.budget().objects() != null
                || (limits.baseline() != null && limits.baseline().objectsPerOp() != null
                        && launcher.objectCounting() == Counting.AGENT));
        figures.add(first);
        // a figure over a limit, or below the baseline, is only believed when a second fork agrees; if it does
        // not, a third decides
        if (first.error() == null && standing(first, limits) != Standing.WITHIN) {
            Figure second = measureOnce(method.id(), true);
            figures.add(second);
            if (second.error() == null && standing(second, limits) != standing(first, limits)) {
                figures.add(measureOnce(method.id(), true));
            }
        }
        return figures;
    }

    /**
     * Measures a method compared with the reference instead of a baseline file: first one fork on the reference's
     * classes (objects counted too where the native agent can, so they are compared as well), whose figures take
     * the place of a baseline entry, or whose failure (the reference cannot run the method) makes the method NEW.
     * Like a violation, a verdict against the reference's figures (REGRESSED or IMPROVED) counts only when a second
     * reference fork gives the same figures; if it does not, a third decides, and with no two alike the method is
     * not compared. A method with a problem of its own runs nowhere. The reference's forks count towards the time.
     */
    public MethodResult measureAgainstReference(BudgetMethod method, double tolerancePercent, String reference)
            throws IOException, InterruptedException {
        if (method.problem() != null) {
            return measure(method, new Limits(method.budget(), null, true, tolerancePercent, reference, null));
        }
        List<ForkRun> runs = new ArrayList<>();
        Limits limits = referenceLimits(method, tolerancePercent, reference, runs);
        List<Figure> figures = figures(method, limits);
        MethodResult result = decide(method, limits, figures);
        Status status = result.baseline() == null ? null : result.baseline().status();
        if (status == Status.REGRESSED || status == Status.IMPROVED) {
            Limits second = referenceLimits(method, tolerancePercent, reference, runs);
            if (!Objects.equals(second.baseline(), limits.baseline())) {
                Limits third = referenceLimits(method, tolerancePercent, reference, runs);
                result = decide(method, agreed(List.of(limits, second, third)), figures);
            }
        }
        return result.plus(runs.stream().map(ForkRun::elapsed).reduce(Duration.ZERO, Duration::plus));
    }

    /** The limits from one more fork on the reference's classes, which is added to {@code runs}. */
    private Limits referenceLimits(BudgetMethod method, double tolerancePercent, String reference, List<ForkRun> runs)
            throws IOException, InterruptedException {
        Counting counting = launcher.objectCounting() == Counting.AGENT ? Counting.AGENT : Counting.NONE;
        ForkRun run = launcher.measure(method.id(), counting, true);
        runs.add(run);
        Optional<Double> bytes = run.bytesPerOp();
        if (bytes.isEmpty()) {
            return new Limits(method.budget(), null, true, tolerancePercent, reference,
                    "the reference cannot run it: " + run.whyNoFigure(forkTimeout));
        }
        Double objects = counting == Counting.AGENT ? objectsOf(run, "jvmti-agent").perOp() : null;
        return new Limits(method.budget(), new BaselineEntry(bytes.get(), objects, null), true, tolerancePercent,
                reference, null);
    }

    /**
     * Of three reference forks' limits, those whose figures at least two share; with no two alike, limits that
     * compare with nothing and say why (package-private for tests).
     */
    static Limits agreed(List<Limits> three) {
        for (int i = 0; i < three.size(); i++) {
            for (int j = i + 1; j < three.size(); j++) {
                if (Objects.equals(three.get(i).baseline(), three.get(j).baseline())) {
                    return three.get(i);
                }
            }
        }
        Limits any = three.get(0);
        return new Limits(any.budget(), null, true, any.tolerancePercent(), any.reference(), "the reference's figures"
                + " differ from fork to fork: " + three.stream().map(l -> l.baseline() == null ? "none"
                        : Figures.number(l.baseline().bytesPerOp()) + " B/op").collect(Collectors.joining(", ")));
    }

    /** The verdict from one to three forks' figures (package-private for tests). */
    static MethodResult decide(BudgetMethod method, Limits limits, List<Figure> figures) {
        Duration elapsed = figures.stream().map(Figure::elapsed).reduce(Duration.ZERO, Duration::plus);
        Optional<Figure> failed = figures.stream().filter(f -> f.error() != null).findFirst();
        if (failed.isPresent()) {
            return new MethodResult(method.id(), null, null, method.budget(), null, Verdict.ERROR,
                    method.id() + ": " + failed.get().error(), elapsed);
        }
        Optional<Figure> uncounted = figures.stream()
                .filter(f -> method.budget().objects() != null && f.objects().perOp() == null).findFirst();
        if (uncounted.isPresent()) {
            Figure f = uncounted.get();
            return new MethodResult(method.id(), f.bytesPerOp(), f.objects(), method.budget(),
                    limits.compare(f.bytesPerOp(), null), Verdict.ERROR,
                    method.id() + ": the objects budget cannot be checked: " + f.objects().unavailable(), elapsed);
        }
        boolean disagree = figures.stream().map(Figure::bytesPerOp).distinct().count() > 1
                || figures.stream().map(MethodMeasurer::objectsPerOp).filter(o -> o != null).distinct().count() > 1;
        String modes = disagree
                ? " (forks measured " + figures.stream().map(MethodMeasurer::figureText)
                        .collect(Collectors.joining(", ")) + ")"
                : "";
        Standing majority = majority(figures, limits);
        List<Figure> agreeing = figures.stream().filter(f -> standing(f, limits) == majority).toList();
        // the confirming forks count objects and sites: show one of those; of differing figures the one nearest
        // the limit, so that a violation is never overstated and an improvement never overclaimed
        List<Figure> counted = agreeing.stream().filter(f -> f.objects() != null).toList();
        Comparator<Figure> byBytes = Comparator.comparing(Figure::bytesPerOp);
        Figure shown = (counted.isEmpty() ? agreeing : counted).stream()
                .reduce((a, b) -> majority == Standing.OVER ? (byBytes.compare(a, b) <= 0 ? a : b)
                        : majority == Standing.IMPROVED ? (byBytes.compare(a, b) >= 0 ? a : b) : a)
                .orElseThrow();
        Double objects = objectsPerOp(shown);
        BaselineComparison comparison = limits.compare(shown.bytesPerOp(), objects);
        if (majority == Standing.OVER) {
            boolean overBudget = !limits.budgetViolations(shown.bytesPerOp(), objects).isEmpty();
            return new MethodResult(method.id(), shown.bytesPerOp(), shown.objects(), method.budget(), comparison,
                    overBudget ? Verdict.FAIL : Verdict.REGRESSED, method.id() + ": "
                            + String.join("; ", limits.violations(shown.bytesPerOp(), objects))
                            + notes(shown) + modes, elapsed, null, shown.detail());
        }
        String note = majority == Standing.IMPROVED
                ? method.id() + ": " + limits.improvements(shown.bytesPerOp(), objects) + modes
                : modes.isEmpty() ? null : method.id() + ": passed by majority" + modes;
        return new MethodResult(method.id(), shown.bytesPerOp(), shown.objects(), method.budget(), comparison,
                Verdict.PASS, note, elapsed, null, shown.detail());
    }

    /**
     * What a reader of a failure needs to know about the figure: that it is a mean (and its period), and that
     * most of it was allocated on other threads, where the sites name them.
     */
    static String notes(Figure f) {
        FigureDetail d = f.detail();
        if (d == null) {
            return "";
        }
        String notes = "";
        if (d.amortized()) {
            notes += " (a mean per call" + (d.period() == 0 ? "" : ": " + d.periodText()) + ")";
        }
        double others = d.otherThreadsBytesPerOp(f.bytesPerOp());
        if (others > d.callerBytesPerOp()) {
            notes += "; most of it, " + Figures.number(others) + " of " + Figures.number(f.bytesPerOp())
                    + " B/op, was allocated on other threads (the sites name them)";
        }
        return notes;
    }

    /** The standing at least two forks share; with no majority (or a single fork within), WITHIN. */
    private static Standing majority(List<Figure> figures, Limits limits) {
        if (figures.size() == 1) {
            return standing(figures.get(0), limits);
        }
        for (Standing s : Standing.values()) {
            if (figures.stream().filter(f -> standing(f, limits) == s).count() >= 2) {
                return s;
            }
        }
        return Standing.WITHIN;
    }

    private static Standing standing(Figure f, Limits limits) {
        return limits.standing(f.bytesPerOp(), objectsPerOp(f));
    }

    private static Double objectsPerOp(Figure f) {
        return f.objects() == null ? null : f.objects().perOp();
    }

    private static String figureText(Figure f) {
        Double objects = objectsPerOp(f);
        return Figures.number(f.bytesPerOp()) + " B" + (objects == null ? "" : "/" + Figures.number(objects) + " obj");
    }

    private ForkRun fork(String id, Counting counting) throws IOException, InterruptedException {
        return launcher.measure(id, counting, false);
    }

    private Figure measureOnce(String id, boolean countObjects) throws IOException, InterruptedException {
        Counting counting = countObjects ? launcher.objectCounting() : Counting.NONE;
        ForkRun run = fork(id, counting == Counting.AGENT ? Counting.AGENT : Counting.NONE);
        Optional<Double> figure = run.bytesPerOp();
        if (figure.isEmpty()) {
            return Figure.failed(run.whyNoFigure(forkTimeout), run.elapsed());
        }
        double bytesPerOp = figure.get();
        FigureDetail detail = run.detail().orElseThrow();
        switch (counting) {
            case AGENT:
                return new Figure(bytesPerOp, objectsOf(run, "jvmti-agent"), null, run.elapsed(), detail);
            case JFR:
                List<Duration> elapsed = new ArrayList<>(List.of(run.elapsed()));
                ObjectCount objects = countWithJfr(id, bytesPerOp, elapsed);
                return new Figure(bytesPerOp, objects, null, elapsed.stream().reduce(Duration.ZERO, Duration::plus),
                        detail);
            default:
                return new Figure(bytesPerOp, null, null, run.elapsed(), detail);
        }
    }

    /**
     * Counts with JFR in forks of their own (TLABs off). Such a fork can settle on other compiled code than the
     * measuring fork did, so its count is taken only when its own bytes/op equals the verdict; up to
     * {@value #JFR_ATTEMPTS} forks are tried.
     */
    private ObjectCount countWithJfr(String id, double verdict, List<Duration> elapsed)
            throws IOException, InterruptedException {
        String why = "";
        for (int attempt = 0; attempt < JFR_ATTEMPTS; attempt++) {
            ForkRun run = fork(id, Counting.JFR);
            elapsed.add(run.elapsed());
            Optional<Double> figure = run.bytesPerOp();
            if (figure.isEmpty()) {
                why = run.whyNoFigure(forkTimeout);
            } else if (figure.get() != verdict) {
                why = "the JIT diverged: the JFR fork settled on " + Figures.number(figure.get()) + " B/op, the"
                        + " measuring fork on " + Figures.number(verdict);
            } else {
                return objectsOf(run, "jfr-fallback");
            }
        }
        return ObjectCount.unavailable("counted with JFR (the pure-Java fallback), but no count could be trusted in "
                + JFR_ATTEMPTS + " forks: " + why);
    }

    private ObjectCount objectsOf(ForkRun run, String route) {
        Optional<Event.Objects> objects = run.first(Event.Objects.class);
        if (objects.isEmpty()) {
            return ObjectCount.unavailable(run.first(Event.ObjectsUnavailable.class)
                    .map(Event.ObjectsUnavailable::reason).orElseGet(() -> run.whyNoFigure(forkTimeout)));
        }
        double ops = objects.get().ops();
        List<AllocationSite> sites = run.all(Event.Site.class).stream()
                .map(s -> new AllocationSite(s.type(), s.count() / ops, s.bytes() / ops, s.frames(), s.thread()))
                .sorted(Comparator.comparingDouble(AllocationSite::bytesPerOp).reversed()
                        .thenComparing(Comparator.comparingDouble(AllocationSite::objectsPerOp).reversed())
                        .thenComparing(AllocationSite::type))
                .toList();
        return new ObjectCount(objects.get().count() / ops, null, sites, route);
    }
}
