package dev.allocbudget.core.check;

import dev.allocbudget.core.check.Limits.Standing;
import dev.allocbudget.core.fork.ForkLauncher;
import dev.allocbudget.core.fork.MeasureReply;
import dev.allocbudget.core.model.AllocationSite;
import dev.allocbudget.core.model.BaselineComparison.Status;
import dev.allocbudget.core.model.BaselineEntry;
import dev.allocbudget.core.model.BudgetMethod;
import dev.allocbudget.core.model.CompileOrder;
import dev.allocbudget.core.model.CompileOrders;
import dev.allocbudget.core.model.Figure;
import dev.allocbudget.core.model.KeyChange;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.NotCompared;
import dev.allocbudget.core.model.ObjectCount;
import dev.allocbudget.core.model.OtherCompilation;
import dev.allocbudget.core.model.Problem;
import dev.allocbudget.core.model.Reuse;
import dev.allocbudget.core.store.ResultStore;
import dev.allocbudget.runner.protocol.MeasureCommand.Counting;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Measures one method, each measurement in a fresh JVM, and decides its verdict. A method over budget is measured
 * again in a second fork, which also counts its objects and their sites, before it can fail the build; if the two
 * forks disagree, a third decides. Unless the user asked for one, this is done in both compile orders
 * ({@link CompileOrder}), and the larger figure (or the smaller, as asked) decides; the other is kept with the result.
 */
public final class MethodMeasurer {
    static final int JFR_ATTEMPTS = 3;

    private final ForkLauncher launcher;
    private final boolean sitesForAll;
    private final ResultStore store;
    private final CompileOrders compileOrders;

    /** @param store figures of earlier builds, reused where nothing they depend on changed; {@code null}: none */
    public MethodMeasurer(ForkLauncher launcher, boolean sitesForAll, ResultStore store, CompileOrders compileOrders) {
        this.launcher = launcher;
        this.sitesForAll = sitesForAll;
        this.store = store;
        this.compileOrders = compileOrders;
    }

    public MethodResult measure(BudgetMethod method, Limits limits) throws IOException, InterruptedException {
        if (method.problem() != null) {
            return new MethodResult.NotMeasured(method.id(), method.budget(), new Problem.Refused(method.problem()),
                    Duration.ZERO);
        }
        Own own = new Own(method, limits);
        return withReuse(own.decide(limits), own.reuse());
    }

    /**
     * The method's forks on its own classes: in the forks' own compile order, and unless one order was asked for,
     * with the method compiled first as well (not when the first order gave no figure: the method is an error then).
     */
    private final class Own {
        private final BudgetMethod method;
        private final Forks calleesFirst;
        private final Forks methodFirst;
        private final List<MeasureReply> calleesFirstReplies;
        private final List<MeasureReply> methodFirstReplies;

        Own(BudgetMethod method, Limits limits) throws IOException, InterruptedException {
            this.method = method;
            calleesFirst = new Forks(method, false, CompileOrder.CALLEES_FIRST);
            calleesFirstReplies = replies(calleesFirst, method, limits);
            methodFirst = compileOrders != CompileOrders.ONE
                    && calleesFirstReplies.stream().allMatch(r -> r.figure() != null)
                    ? new Forks(method, false, CompileOrder.METHOD_FIRST) : null;
            methodFirstReplies = methodFirst == null ? null : replies(methodFirst, method, limits);
        }

        /** The verdict against {@code limits}, from the order whose figure decides. */
        MethodResult decide(Limits limits) {
            return decideOrders(method, limits, calleesFirstReplies, methodFirstReplies, compileOrders);
        }

        /** Stores what was measured, and says where the figures came from. */
        Reuse reuse() {
            return Reuse.first(calleesFirst.done(), methodFirst == null ? null : methodFirst.done());
        }
    }

    /**
     * The verdict from each order's replies (the second {@code null} when only one order was measured): the
     * order whose figure {@code orders} prefers decides, and the other's figure is kept with it (package-private for
     * tests).
     */
    static MethodResult decideOrders(BudgetMethod method, Limits limits, List<MeasureReply> calleesFirst,
            List<MeasureReply> methodFirst, CompileOrders orders) {
        MethodResult first = decide(method, limits, calleesFirst);
        if (methodFirst == null || !(first instanceof MethodResult.Measured a)) {
            return first;
        }
        MethodResult second = decide(method, limits, methodFirst);
        if (!(second instanceof MethodResult.Measured b)) {
            Problem problem = ((MethodResult.NotMeasured) second).problem();
            return a.withOther(new OtherCompilation(CompileOrder.METHOD_FIRST, null, problem))
                    .plus(second.elapsed());
        }
        boolean methodFirstDecides = orders.prefers(b.figure().bytesPerOp(), a.figure().bytesPerOp());
        MethodResult.Measured decided = methodFirstDecides ? b : a;
        MethodResult.Measured other = methodFirstDecides ? a : b;
        return decided.withOther(new OtherCompilation(
                methodFirstDecides ? CompileOrder.CALLEES_FIRST : CompileOrder.METHOD_FIRST,
                other.figure().bytesPerOp(), null)).plus(other.elapsed());
    }

    /** One fork's figures; two or three when the first stands out against the limits (see {@link #decide}). */
    private List<MeasureReply> replies(Forks forks, BudgetMethod method, Limits limits)
            throws IOException, InterruptedException {
        List<MeasureReply> replies = new ArrayList<>();
        MeasureReply first = forks.next(sitesForAll || method.budget().objects() != null
                || (limits.baseline() != null && limits.baseline().objectsPerOp() != null
                        && launcher.objectCounting() == Counting.AGENT));
        replies.add(first);
        // a figure over a limit, or below the baseline, is only believed when a second fork agrees; if it does
        // not, a third decides
        if (first.figure() != null && standing(first.figure(), limits) != Standing.WITHIN) {
            MeasureReply second = forks.next(true);
            replies.add(second);
            if (second.figure() != null
                    && standing(second.figure(), limits) != standing(first.figure(), limits)) {
                replies.add(forks.next(true));
            }
        }
        return replies;
    }

    /**
     * Measures a method compared with the reference instead of a baseline file: first one fork on the reference's
     * classes (objects counted too where the native agent can, so they are compared as well), whose figures take
     * the place of a baseline entry, or whose failure (the reference cannot run the method) makes the method NEW.
     * Like a violation, a verdict against the reference's figures (REGRESSED or IMPROVED) counts only when a second
     * reference fork gives the same figures; if it does not, a third decides, and with no two alike the method is
     * not compared. A method with a problem of its own runs nowhere. The reference's forks count towards the time.
     * The reference's figures are stored and reused as the method's own are, keyed by the reference's classes.
     */
    public MethodResult measureAgainstReference(BudgetMethod method, double tolerancePercent, String reference)
            throws IOException, InterruptedException {
        if (method.problem() != null) {
            return measure(method, new Limits(method.budget(), null, true, tolerancePercent, reference, null));
        }
        Forks referenceForks = new Forks(method, true, CompileOrder.CALLEES_FIRST);
        Forks referenceMethodFirst = new Forks(method, true, CompileOrder.METHOD_FIRST);
        Limits limits = referenceLimits(method, tolerancePercent, reference, referenceForks, referenceMethodFirst);
        Own own = new Own(method, limits);
        MethodResult result = own.decide(limits);
        Status status = result.baseline() == null ? null : result.baseline().status();
        if (status == Status.REGRESSED || status == Status.IMPROVED) {
            Limits second = referenceLimits(method, tolerancePercent, reference, referenceForks,
                    referenceMethodFirst);
            if (!sameFigures(second, limits)) {
                Limits third = referenceLimits(method, tolerancePercent, reference, referenceForks,
                        referenceMethodFirst);
                result = own.decide(agreed(List.of(limits, second, third)));
            }
        }
        // reused only when both sides were; else why the side that was measured was
        Reuse reuse = Reuse.first(own.reuse(), referenceForks.done(), referenceMethodFirst.done());
        return withReuse(result, reuse).plus(referenceForks.elapsed()).plus(referenceMethodFirst.elapsed());
    }

    /**
     * The limits from one more fork on the reference's classes, or two: in both compile orders, unless one was asked
     * for, the reference's figure being the one {@link #compileOrders} prefers, as the method's own is.
     */
    private Limits referenceLimits(BudgetMethod method, double tolerancePercent, String reference, Forks forks,
            Forks methodFirst) throws IOException, InterruptedException {
        MeasureReply reply = forks.next(launcher.objectCounting() == Counting.AGENT);
        if (reply.figure() != null && compileOrders != CompileOrders.ONE) {
            MeasureReply other = methodFirst.next(launcher.objectCounting() == Counting.AGENT);
            if (other.figure() != null
                    && compileOrders.prefers(other.figure().bytesPerOp(), reply.figure().bytesPerOp())) {
                reply = other;
            }
        }
        if (reply.figure() == null) {
            return new Limits(method.budget(), null, true, tolerancePercent, reference,
                    new NotCompared.CannotRun(reply.problem()));
        }
        ObjectCount objects = reply.figure().objects();
        return new Limits(method.budget(), new BaselineEntry(reply.figure().bytesPerOp(),
                reply.figure().objectsPerOp(), null, null,
                objects != null && objects.perOp() != null
                        && objects.stackCoverage() == ObjectCount.StackCoverage.EXACT ? stacksOrSites(objects) : null),
                true, tolerancePercent, reference, null);
    }

    /** Every stack, for the differential flame graph, where the count kept them (a stored count may not). */
    private static List<AllocationSite> stacksOrSites(ObjectCount objects) {
        return objects.stacks().isEmpty() ? objects.sites() : objects.stacks();
    }

    /** Two reference forks agree on their figures; their sites, which only explain them, may differ in a digit. */
    private static boolean sameFigures(Limits a, Limits b) {
        return Objects.equals(a.baseline() == null ? null : a.baseline().withoutSites(),
                b.baseline() == null ? null : b.baseline().withoutSites());
    }

    private static MethodResult withReuse(MethodResult result, Reuse reuse) {
        return result instanceof MethodResult.Measured m ? m.with(reuse) : result;
    }

    /**
     * The forks of one method on one class path (its own, or the reference's): figures stored by an earlier build
     * first, as long as they serve (an objects count where one is needed), then new forks, whose figures are stored
     * when the method is done. Stored figures are taken in the order their forks ran, so a method decides on them
     * exactly as it did then, and needs no fork unless a limit now asks for a confirmation it did not have.
     */
    private final class Forks {
        private final BudgetMethod method;
        private final boolean onReference;
        private final CompileOrder order;
        private final Deque<Figure> stored;
        private final KeyChange changed;
        private final List<MeasureReply> replies = new ArrayList<>();
        private boolean measured;
        private boolean uncounted;

        Forks(BudgetMethod method, boolean onReference, CompileOrder order) {
            this.method = method;
            this.onReference = onReference;
            this.order = order;
            ResultStore.Found found = store == null || !method.reuse() ? ResultStore.Found.NOTHING
                    : store.figures(method.id(), order, launcher.classpath(onReference));
            this.stored = new ArrayDeque<>(found.forks());
            this.changed = found.changed();
        }

        MeasureReply next(boolean countObjects) throws IOException, InterruptedException {
            MeasureReply reply;
            if (!measured && !stored.isEmpty() && (!countObjects || stored.peek().objects() != null)) {
                reply = new MeasureReply(stored.poll(), null, Duration.ZERO);
            } else {
                uncounted = !measured && !stored.isEmpty();
                measured = true;
                reply = onReference ? launcher.measure(method.id(), method.budget().threads(),
                        countObjects ? Counting.AGENT : Counting.NONE, true, order)
                        : measureOnce(method, countObjects, order);
            }
            replies.add(reply);
            return reply;
        }

        /** Stores what was measured, and says where the figures came from ({@code null}: no fork was asked for). */
        Reuse done() {
            if (!measured) {
                return replies.isEmpty() ? null : Reuse.REUSED;
            }
            if (store != null && method.reuse()) {
                store.put(method.id(), order, launcher.classpath(onReference), replies);
            }
            return changed != null ? new Reuse(false, changed)
                    : uncounted ? new Reuse(false, new KeyChange(KeyChange.Kind.OBJECTS_NOT_COUNTED, null, null, null))
                    : Reuse.MEASURED;
        }

        Duration elapsed() {
            return replies.stream().map(MeasureReply::elapsed).reduce(Duration.ZERO, Duration::plus);
        }
    }

    /**
     * Of three reference forks' limits, those whose figures at least two share; with no two alike, limits that
     * compare with nothing and say why (package-private for tests).
     */
    static Limits agreed(List<Limits> three) {
        for (int i = 0; i < three.size(); i++) {
            for (int j = i + 1; j < three.size(); j++) {
                if (sameFigures(three.get(i), three.get(j))) {
                    return three.get(i);
                }
            }
        }
        Limits any = three.get(0);
        return new Limits(any.budget(), null, true, any.tolerancePercent(), any.reference(),
                new NotCompared.Inconsistent(three.stream()
                        .map(l -> l.baseline() == null ? null : l.baseline().bytesPerOp()).toList()));
    }

    /** The verdict from one to three forks' replies (package-private for tests). */
    static MethodResult decide(BudgetMethod method, Limits limits, List<MeasureReply> replies) {
        Duration elapsed = replies.stream().map(MeasureReply::elapsed).reduce(Duration.ZERO, Duration::plus);
        Optional<MeasureReply> failed = replies.stream().filter(r -> r.figure() == null).findFirst();
        if (failed.isPresent()) {
            return new MethodResult.NotMeasured(method.id(), method.budget(), failed.get().problem(), elapsed);
        }
        List<Figure> figures = replies.stream().map(MeasureReply::figure).toList();
        Optional<Figure> uncounted = figures.stream()
                .filter(f -> method.budget().objects() != null && f.objectsPerOp() == null).findFirst();
        if (uncounted.isPresent()) { // an ERROR: the objects budget cannot be checked
            Figure f = uncounted.get();
            return new MethodResult.Measured(method.id(), method.budget(), f, figures,
                    limits.compare(f.bytesPerOp(), null), List.of(), List.of(), null, elapsed);
        }
        Standing majority = majority(figures, limits);
        List<Figure> agreeing = figures.stream().filter(f -> standing(f, limits) == majority).toList();
        // the confirming forks count objects and sites: show one of those; of differing figures the one nearest
        // the limit, so that a violation is never overstated and an improvement never overclaimed
        // (a whole count before a partial or failed one, whose sites explain less)
        List<Figure> counted = agreeing.stream().filter(f -> f.objectsPerOp() != null).toList();
        if (counted.isEmpty()) {
            counted = agreeing.stream().filter(f -> f.objects() != null).toList();
        }
        Comparator<Figure> byBytes = Comparator.comparing(Figure::bytesPerOp);
        Figure shown = (counted.isEmpty() ? agreeing : counted).stream()
                .reduce((a, b) -> majority == Standing.OVER ? (byBytes.compare(a, b) <= 0 ? a : b)
                        : majority == Standing.IMPROVED ? (byBytes.compare(a, b) >= 0 ? a : b) : a)
                .orElseThrow();
        Double objects = shown.objectsPerOp();
        return new MethodResult.Measured(method.id(), method.budget(), shown, figures,
                limits.compare(shown.bytesPerOp(), objects), limits.breaches(shown.bytesPerOp(), objects),
                limits.improvements(shown.bytesPerOp(), objects), null, elapsed);
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
        return limits.standing(f.bytesPerOp(), f.objectsPerOp());
    }

    private MeasureReply measureOnce(BudgetMethod method, boolean countObjects, CompileOrder order)
            throws IOException, InterruptedException {
        Counting counting = countObjects ? launcher.objectCounting() : Counting.NONE;
        MeasureReply reply = launcher.measure(method.id(), method.budget().threads(),
                counting == Counting.AGENT ? Counting.AGENT : Counting.NONE, false, order);
        if (counting != Counting.JFR || reply.figure() == null) {
            return reply;
        }
        List<MeasureReply> jfr = new ArrayList<>();
        ObjectCount objects = countWithJfr(method, reply.figure().bytesPerOp(), jfr, order);
        Figure f = reply.figure();
        MeasureReply combined = new MeasureReply(new Figure(f.bytesPerOp(), objects, f.detail()), null,
                reply.elapsed(), reply.started(), reply.lookups());
        for (MeasureReply other : jfr) {
            combined = combined.with(combined.figure(), other);
        }
        return combined;
    }

    /**
     * Counts with JFR in forks of their own (TLABs off). Such a fork can settle on other compiled code than the
     * measuring fork did, so its count is taken only when its own bytes/op equals the verdict; up to
     * {@value #JFR_ATTEMPTS} forks are tried.
     */
    private ObjectCount countWithJfr(BudgetMethod method, double verdict, List<MeasureReply> forks,
            CompileOrder order) throws IOException, InterruptedException {
        Problem lastProblem = null;
        Double lastFigure = null;
        for (int attempt = 0; attempt < JFR_ATTEMPTS; attempt++) {
            MeasureReply reply = launcher.measure(method.id(), method.budget().threads(), Counting.JFR, false, order);
            forks.add(reply);
            if (reply.figure() == null) {
                lastProblem = reply.problem();
                lastFigure = null;
            } else if (reply.figure().bytesPerOp() != verdict) {
                lastProblem = null;
                lastFigure = reply.figure().bytesPerOp();
            } else {
                return reply.figure().objects();
            }
        }
        return ObjectCount.unavailable(new ObjectCount.Uncounted.JfrUntrusted(JFR_ATTEMPTS, lastProblem, lastFigure,
                verdict));
    }
}
