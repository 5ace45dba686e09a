package dev.allocbudget.core.model;

import dev.allocbudget.runner.protocol.MethodId;
import java.time.Duration;
import java.util.List;

/**
 * What the check found for one method (one {@code @Param} row): measured, with its figures and what they were held
 * to, or not measured, with the reason. The verdict follows from that data; every text about it is written by the
 * report package, from it.
 */
public sealed interface MethodResult permits MethodResult.Measured, MethodResult.NotMeasured {

    MethodId id();

    Budget budget();

    /** Wall time of the forks that measured the method, JMH's included. */
    Duration elapsed();

    Verdict verdict();

    /** The same result, having taken {@code more} time (a fork on the reference's classes, say). */
    MethodResult plus(Duration more);

    /** The figure of a measured method; {@code null} when it was not measured (never 0 in place of unknown). */
    default Double bytesPerOp() {
        return this instanceof Measured m ? m.figure().bytesPerOp() : null;
    }

    /** Objects per call and their sites, or why they were not counted; {@code null} when counting was not asked. */
    default ObjectCount objects() {
        return this instanceof Measured m ? m.figure().objects() : null;
    }

    /** How the figure is made up (threads, mean); {@code null} when the method was not measured. */
    default FigureDetail detail() {
        return this instanceof Measured m ? m.figure().detail() : null;
    }

    /** Objects per call, or {@code null} when they were not counted. */
    default Double objectsPerOp() {
        return this instanceof Measured m && m.figure().objects() != null ? m.figure().objects().perOp() : null;
    }

    /** The comparison with the baseline file or the reference, or {@code null} when there was none. */
    default BaselineComparison baseline() {
        return this instanceof Measured m ? m.comparison() : null;
    }

    /**
     * What changed in the method's allocation sites since its baseline entry (or the reference's figures), biggest
     * first: for a method {@code REGRESSED} or {@code IMPROVED} whose sites were counted exactly on both sides;
     * otherwise {@code null}.
     */
    default List<SiteChange> siteChanges() {
        BaselineComparison c = baseline();
        ObjectCount now = objects();
        if (c == null || c.entry() == null || c.entry().sites() == null || now == null || now.perOp() == null
                || now.stackCoverage() != ObjectCount.StackCoverage.EXACT
                || (c.status() != BaselineComparison.Status.REGRESSED
                        && c.status() != BaselineComparison.Status.IMPROVED)) {
            return null;
        }
        return SiteChange.between(c.entry().sites(), now.sites());
    }

    /** JMH's figures, when JMH ran the method and gave them; otherwise {@code null}. */
    default JmhResult jmh() {
        return this instanceof Measured m && m.jmhOutcome() instanceof JmhResult j ? j : null;
    }

    /**
     * A method that could not be measured: wrong shape, it threw, its fork died or hung, or its figure never settled.
     *
     * @param problem why
     */
    record NotMeasured(MethodId id, Budget budget, Problem problem, Duration elapsed) implements MethodResult {
        @Override
        public Verdict verdict() {
            return Verdict.ERROR;
        }

        @Override
        public NotMeasured plus(Duration more) {
            return new NotMeasured(id, budget, problem, elapsed.plus(more));
        }
    }

    /**
     * A measured method.
     *
     * @param figure       the figures the verdict was taken from: of the forks that agree, the one nearest the limit,
     *                     so that a violation is never overstated and an improvement never overclaimed
     * @param forks        every fork's figures, in the order they ran: one, or two or three when the first stood out
     *                     against a limit (they disagree when they are not all alike)
     * @param comparison   with the baseline file's entry or the reference's figures; {@code null} without either
     * @param breaches     the limits {@code figure} is beyond (for a time regression, the time gate's); empty for a pass
     * @param improvements how {@code figure} is below its baseline or the reference's, beyond the tolerance
     * @param jmhOutcome   JMH's figures or why it gave none, when JMH ran; otherwise {@code null}
     * @param reuse        whether the figures came from the result store, or why they were measured again
     * @param other        the figure in the other compile order, whose figure did not decide; {@code null} when only
     *                     the forks' own order was measured
     */
    record Measured(MethodId id, Budget budget, Figure figure, List<Figure> forks, BaselineComparison comparison,
            List<Breach> breaches, List<Improvement> improvements, JmhOutcome jmhOutcome, Reuse reuse,
            Duration elapsed, OtherCompilation other) implements MethodResult {

        public Measured {
            forks = List.copyOf(forks);
            breaches = List.copyOf(breaches);
            improvements = List.copyOf(improvements);
        }

        /** Measured in this run, with nothing stored to reuse, in one compile order. */
        public Measured(MethodId id, Budget budget, Figure figure, List<Figure> forks, BaselineComparison comparison,
                List<Breach> breaches, List<Improvement> improvements, JmhOutcome jmhOutcome, Duration elapsed) {
            this(id, budget, figure, forks, comparison, breaches, improvements, jmhOutcome, Reuse.MEASURED, elapsed,
                    null);
        }

        /** The same result, its figures' provenance as given. */
        public Measured with(Reuse provenance) {
            return new Measured(id, budget, figure, forks, comparison, breaches, improvements, jmhOutcome, provenance,
                    elapsed, other);
        }

        /** The same result, with the figure of the compile order that did not decide. */
        public Measured withOther(OtherCompilation otherOrder) {
            return new Measured(id, budget, figure, forks, comparison, breaches, improvements, jmhOutcome, reuse,
                    elapsed, otherOrder);
        }

        /** The compile order whose figure decided. */
        public CompileOrder order() {
            return other == null ? CompileOrder.CALLEES_FIRST : other.decided();
        }

        /** True when the two compile orders gave different figures. */
        public boolean twoCompilations() {
            return other != null && other.differs(figure.bytesPerOp());
        }

        /**
         * ERROR when the time gate could not run it under JMH or its objects budget could not be checked; else FAIL when a budget is
         * broken, REGRESSED when only a baseline, the reference or the time gate is; else PASS.
         */
        @Override
        public Verdict verdict() {
            if ((jmhOutcome instanceof JmhFailure f && f.required()) || objectsUnchecked()) {
                return Verdict.ERROR;
            }
            if (breaches.stream().anyMatch(b -> b.against() == LimitKind.BUDGET)) {
                return Verdict.FAIL;
            }
            return breaches.isEmpty() ? Verdict.PASS : Verdict.REGRESSED;
        }

        /** An objects budget, and no count of objects to hold to it. */
        public boolean objectsUnchecked() {
            return budget.objects() != null && (figure.objects() == null || figure.objects().perOp() == null);
        }

        /** True when the forks gave different figures (the verdict is then their majority's). */
        public boolean forksDisagree() {
            return forks.stream().map(Figure::bytesPerOp).distinct().count() > 1
                    || forks.stream().map(Figure::objectsPerOp).filter(o -> o != null).distinct().count() > 1;
        }

        /** REGRESSED on time alone (the time gate), its allocation within its limits: its sites are no news. */
        public boolean timeOnly() {
            return !breaches.isEmpty() && breaches.stream().allMatch(b -> b.quantity() == Quantity.TIME);
        }

        @Override
        public Measured plus(Duration more) {
            return new Measured(id, budget, figure, forks, comparison, breaches, improvements, jmhOutcome, reuse,
                    elapsed.plus(more), other);
        }

        /** With JMH's outcome, its time added; a time breach (the time gate's), if any, joins the others. */
        public Measured withJmh(JmhOutcome outcome, Breach timeBreach, Duration more) {
            List<Breach> all = new java.util.ArrayList<>(breaches);
            if (timeBreach != null) {
                all.add(timeBreach);
            }
            return new Measured(id, budget, figure, forks, comparison, all, improvements, outcome, reuse,
                    elapsed.plus(more), other);
        }
    }

    /** True when the figure is a mean over calls that allocate differently. */
    default boolean amortized() {
        return this instanceof Measured m && m.figure().detail() != null && m.figure().detail().amortized();
    }

    /** REGRESSED on time alone (the time gate), its allocation not regressed: its sites are no news. */
    default boolean isTimeOnlyRegression() {
        return this instanceof Measured m && m.timeOnly();
    }
}
