package dev.allocbudget.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.core.fork.MeasureReply;
import dev.allocbudget.core.model.BaselineComparison;
import dev.allocbudget.core.model.BaselineEntry;
import dev.allocbudget.core.model.Breach;
import dev.allocbudget.core.model.Budget;
import dev.allocbudget.core.model.BudgetMethod;
import dev.allocbudget.core.model.CompileOrder;
import dev.allocbudget.core.model.CompileOrders;
import dev.allocbudget.core.model.Figure;
import dev.allocbudget.core.model.ForkFailure;
import dev.allocbudget.core.model.Improvement;
import dev.allocbudget.core.model.LimitKind;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.MethodResult.Measured;
import dev.allocbudget.core.model.NotCompared;
import dev.allocbudget.core.model.ObjectCount;
import dev.allocbudget.core.model.OtherCompilation;
import dev.allocbudget.core.model.Problem;
import dev.allocbudget.core.model.Quantity;
import dev.allocbudget.core.model.Verdict;
import dev.allocbudget.runner.protocol.MethodId;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verdict from the forks' figures, asserted on the typed outcome (its text: report.ResultTextTest). */
class MethodMeasurerTest {
    private static final MethodId ID = MethodId.parse("a.B#c");
    private static final BudgetMethod BUDGET_64 = new BudgetMethod(ID, new Budget(64L, null), null, null);
    private static final BudgetMethod UNLIMITED = new BudgetMethod(ID, Budget.NONE, null, null);

    private static Limits budgetOnly(BudgetMethod method) {
        return Limits.budgetOnly(method.budget());
    }

    private static MeasureReply figure(double bytesPerOp) {
        return new MeasureReply(new Figure(bytesPerOp, null, null), null, Duration.ofMillis(500));
    }

    private static MeasureReply counted(double bytesPerOp, double objectsPerOp) {
        return new MeasureReply(new Figure(bytesPerOp, new ObjectCount(objectsPerOp, null, List.of(), "jvmti-agent"),
                null), null, Duration.ofMillis(500));
    }

    private static Measured decide(BudgetMethod method, Limits limits, MeasureReply... replies) {
        return (Measured) MethodMeasurer.decide(method, limits, Arrays.asList(replies));
    }

    private static List<Double> forks(Measured m) {
        return m.forks().stream().map(Figure::bytesPerOp).toList();
    }

    @Test
    void withinBudgetPassesOnOneFork() {
        Measured r = decide(BUDGET_64, budgetOnly(BUDGET_64), figure(64));
        assertEquals(Verdict.PASS, r.verdict());
        assertEquals(64.0, r.bytesPerOp());
        assertEquals(List.of(), r.breaches());
        assertFalse(r.forksDisagree());
    }

    @Test
    void twoForksOverBudgetFailWithTheLowerFigure() {
        Measured r = decide(BUDGET_64, budgetOnly(BUDGET_64), figure(104), figure(96));
        assertEquals(Verdict.FAIL, r.verdict());
        assertEquals(List.of(new Breach(Quantity.BYTES, 96, 64, 0, LimitKind.BUDGET)), r.breaches());
        assertEquals(List.of(104.0, 96.0), forks(r));
        assertTrue(r.forksDisagree());
        assertEquals(Duration.ofSeconds(1), r.elapsed());
    }

    @Test
    void anUnconfirmedViolationPassesByMajority() {
        Measured r = decide(BUDGET_64, budgetOnly(BUDGET_64), figure(96), figure(48), figure(48));
        assertEquals(Verdict.PASS, r.verdict());
        assertEquals(48.0, r.bytesPerOp());
        assertEquals(List.of(), r.breaches());
        assertTrue(r.forksDisagree());
    }

    @Test
    void aConfirmingForkThatFailsMakesAnErrorNotAGuess() {
        ForkFailure died = new ForkFailure(ForkFailure.Kind.EXITED, 1, Duration.ofSeconds(120), null, "", "forks/x.*");
        MethodResult r = MethodMeasurer.decide(BUDGET_64, budgetOnly(BUDGET_64), List.of(figure(96),
                new MeasureReply(null, new Problem.ForkFailed(died), Duration.ZERO)));
        assertEquals(Verdict.ERROR, r.verdict());
        assertNull(r.bytesPerOp());
        assertEquals(new MethodResult.NotMeasured(ID, BUDGET_64.budget(), new Problem.ForkFailed(died),
                Duration.ofMillis(500)), r);
    }

    private static MethodResult decideOrders(CompileOrders orders, List<MeasureReply> calleesFirst,
            List<MeasureReply> methodFirst) {
        return MethodMeasurer.decideOrders(BUDGET_64, budgetOnly(BUDGET_64), calleesFirst, methodFirst, orders);
    }

    @Test
    void theLargerCompileOrderDecidesAndTheOtherIsKept() {
        // callees first within the budget, method first over it and confirmed: the method fails on the larger
        Measured r = (Measured) decideOrders(CompileOrders.LARGER, List.of(figure(48)),
                List.of(figure(96), counted(96, 2)));
        assertEquals(Verdict.FAIL, r.verdict());
        assertEquals(96.0, r.bytesPerOp());
        assertEquals(2.0, r.objectsPerOp());
        assertEquals(CompileOrder.METHOD_FIRST, r.order());
        assertEquals(new OtherCompilation(CompileOrder.CALLEES_FIRST, 48.0, null), r.other());
        assertTrue(r.twoCompilations());
        assertEquals(Duration.ofMillis(1500), r.elapsed());
    }

    @Test
    void theSmallerCompileOrderDecidesWhenAskedFor() {
        Measured r = (Measured) decideOrders(CompileOrders.SMALLER, List.of(figure(48)),
                List.of(figure(96), counted(96, 2)));
        assertEquals(Verdict.PASS, r.verdict());
        assertEquals(48.0, r.bytesPerOp());
        assertEquals(CompileOrder.CALLEES_FIRST, r.order());
        assertEquals(new OtherCompilation(CompileOrder.METHOD_FIRST, 96.0, null), r.other());
    }

    @Test
    void equalFiguresLeaveTheForksOwnOrderDecidingWithNoTwoCompilations() {
        Measured r = (Measured) decideOrders(CompileOrders.LARGER, List.of(figure(48)), List.of(figure(48)));
        assertEquals(CompileOrder.CALLEES_FIRST, r.order());
        assertEquals(new OtherCompilation(CompileOrder.METHOD_FIRST, 48.0, null), r.other());
        assertFalse(r.twoCompilations());
    }

    @Test
    void oneOrderAskedForKeepsNoOther() {
        Measured r = (Measured) decideOrders(CompileOrders.ONE, List.of(figure(48)), null);
        assertNull(r.other());
        assertEquals(CompileOrder.CALLEES_FIRST, r.order());
    }

    @Test
    void anOrderThatCannotBeMeasuredIsSaidAndTheOtherStands() {
        Problem unsettled = new Problem.Refused("no steady figure");
        MethodResult r = decideOrders(CompileOrders.LARGER, List.of(figure(48)),
                List.of(new MeasureReply(null, unsettled, Duration.ofSeconds(20))));
        assertEquals(Verdict.PASS, r.verdict());
        assertEquals(48.0, r.bytesPerOp());
        assertEquals(new OtherCompilation(CompileOrder.METHOD_FIRST, null, unsettled), ((Measured) r).other());
        // and a method that is an error in its own order is not measured in the other
        MethodResult error = decideOrders(CompileOrders.LARGER,
                List.of(new MeasureReply(null, unsettled, Duration.ZERO)), null);
        assertEquals(Verdict.ERROR, error.verdict());
    }

    @Test
    void aShapeProblemIsRefusedWithoutAFork() throws Exception {
        BudgetMethod refused = new BudgetMethod(ID, Budget.NONE, null, "method is static");
        MethodResult r = new MethodMeasurer(null, false, null, CompileOrders.LARGER).measure(refused, budgetOnly(refused));
        assertEquals(new MethodResult.NotMeasured(ID, Budget.NONE, new Problem.Refused("method is static"),
                Duration.ZERO), r);
    }

    @Test
    void noLimitAlwaysPasses() {
        Measured r = decide(UNLIMITED, budgetOnly(UNLIMITED), figure(1_000_000));
        assertEquals(Verdict.PASS, r.verdict());
        assertNull(r.budget().bytes());
    }

    @Test
    void anObjectsBudgetWithoutACountIsAnErrorThatKeepsTheBytes() {
        BudgetMethod objects = new BudgetMethod(ID, new Budget(null, 1L), null, null);
        ObjectCount.Uncounted why = new ObjectCount.Uncounted.Said("the native object counter is not loaded");
        Measured r = decide(objects, budgetOnly(objects), new MeasureReply(new Figure(16,
                ObjectCount.unavailable(why), null), null, Duration.ofMillis(500)));
        assertEquals(Verdict.ERROR, r.verdict());
        assertTrue(r.objectsUnchecked());
        assertEquals(16.0, r.bytesPerOp());
        assertEquals(why, r.objects().uncounted());
    }

    // --- against a baseline ---

    private static Limits baseline(double bytes, Double objects, double tolerance) {
        return new Limits(Budget.NONE, new BaselineEntry(bytes, objects, "why"), true, tolerance);
    }

    @Test
    void aRiseAboveTheBaselineConfirmedByTwoForksRegresses() {
        Measured r = decide(UNLIMITED, baseline(32, 1.0, 0), counted(48, 2), counted(48, 2));
        assertEquals(Verdict.REGRESSED, r.verdict());
        assertEquals(BaselineComparison.Status.REGRESSED, r.baseline().status());
        assertEquals(List.of(new Breach(Quantity.BYTES, 48, 32, 0, LimitKind.BASELINE),
                new Breach(Quantity.OBJECTS, 2, 1, 0, LimitKind.BASELINE)), r.breaches());
    }

    @Test
    void overTheBudgetIsAFailureEvenWhenTheBaselineAlsoRose() {
        BudgetMethod budget40 = new BudgetMethod(ID, new Budget(40L, null), null, null);
        Limits limits = new Limits(budget40.budget(), new BaselineEntry(32, null, null), true, 0);
        Measured r = decide(budget40, limits, figure(48), figure(48));
        assertEquals(Verdict.FAIL, r.verdict());
        assertEquals(List.of(new Breach(Quantity.BYTES, 48, 40, 0, LimitKind.BUDGET),
                new Breach(Quantity.BYTES, 48, 32, 0, LimitKind.BASELINE)), r.breaches());
    }

    @Test
    void aRiseWithinTheToleranceIsTheSameAndOneBeyondItRegresses() {
        Measured within = decide(UNLIMITED, baseline(100, null, 5), figure(105));
        assertEquals(Verdict.PASS, within.verdict());
        assertEquals(BaselineComparison.Status.SAME, within.baseline().status());
        Measured beyond = decide(UNLIMITED, baseline(100, null, 5), figure(105.5), figure(105.5));
        assertEquals(Verdict.REGRESSED, beyond.verdict());
        assertEquals(List.of(new Breach(Quantity.BYTES, 105.5, 100, 5, LimitKind.BASELINE)), beyond.breaches());
    }

    @Test
    void anImprovementConfirmedByTwoForksShowsTheLargerFigure() {
        Measured r = decide(UNLIMITED, baseline(32, 1.0, 0), counted(24, 1), counted(16, 1));
        assertEquals(Verdict.PASS, r.verdict());
        assertEquals(BaselineComparison.Status.IMPROVED, r.baseline().status());
        assertEquals(24.0, r.bytesPerOp(), "an improvement is never overclaimed");
        assertEquals(List.of(new Improvement(Quantity.BYTES, 24, 32, LimitKind.BASELINE)), r.improvements());
    }

    @Test
    void anUnconfirmedImprovementIsTheSame() {
        Measured r = decide(UNLIMITED, baseline(32, null, 0), figure(16), figure(32), figure(32));
        assertEquals(Verdict.PASS, r.verdict());
        assertEquals(BaselineComparison.Status.SAME, r.baseline().status());
        assertEquals(32.0, r.bytesPerOp());
        assertEquals(List.of(), r.improvements());
    }

    @Test
    void forksThatDisagreeThreeWaysNeitherFailNorImprove() {
        Measured r = decide(UNLIMITED, baseline(32, null, 0), figure(48), figure(16), figure(32));
        assertEquals(Verdict.PASS, r.verdict());
        assertEquals(BaselineComparison.Status.SAME, r.baseline().status());
    }

    @Test
    void aMethodWithoutAnEntryIsNewAndPasses() {
        Measured r = decide(UNLIMITED, new Limits(Budget.NONE, null, true, 0), figure(999));
        assertEquals(Verdict.PASS, r.verdict());
        assertEquals(BaselineComparison.Status.NEW, r.baseline().status());
    }

    // --- against a reference, measured in the same run ---

    private static Limits reference(double bytes, Double objects) {
        return new Limits(Budget.NONE, new BaselineEntry(bytes, objects, null), true, 0, "1.4.0", null);
    }

    @Test
    void aRiseAboveTheReferenceRegressesAgainstTheReference() {
        Measured r = decide(UNLIMITED, reference(32, 1.0), counted(48, 2), counted(48, 2));
        assertEquals(Verdict.REGRESSED, r.verdict());
        assertEquals(new BaselineComparison(BaselineComparison.Status.REGRESSED, new BaselineEntry(32, 1.0, null),
                "1.4.0", null), r.baseline());
        assertEquals(List.of(new Breach(Quantity.BYTES, 48, 32, 0, LimitKind.REFERENCE),
                new Breach(Quantity.OBJECTS, 2, 1, 0, LimitKind.REFERENCE)), r.breaches());
    }

    @Test
    void lessThanTheReferenceIsAnImprovementOnIt() {
        Measured r = decide(UNLIMITED, reference(24, null), figure(0), figure(0));
        assertEquals(Verdict.PASS, r.verdict());
        assertEquals(BaselineComparison.Status.IMPROVED, r.baseline().status());
        assertEquals(List.of(new Improvement(Quantity.BYTES, 0, 24, LimitKind.REFERENCE)), r.improvements());
    }

    @Test
    void ofThreeReferenceForksTheFiguresTwoShareAreComparedWith() {
        assertEquals(reference(32, 1.0), MethodMeasurer.agreed(List.of(reference(32, 1.0), reference(40, 1.0),
                reference(32, 1.0))));
        assertEquals(reference(40, 1.0), MethodMeasurer.agreed(List.of(reference(32, 1.0), reference(40, 1.0),
                reference(40, 1.0))));
        Limits none = MethodMeasurer.agreed(List.of(reference(32, 1.0), reference(40, 1.0), reference(48, 2.0)));
        assertNull(none.baseline());
        assertEquals(new NotCompared.Inconsistent(List.of(32.0, 40.0, 48.0)), none.notCompared());
        Measured r = decide(UNLIMITED, none, figure(64), figure(64));
        assertEquals(Verdict.PASS, r.verdict(), "not compared: nothing to regress from");
        assertEquals(BaselineComparison.Status.NEW, r.baseline().status());
    }

    @Test
    void aMethodTheReferenceCannotRunIsNewWithTheReason() {
        NotCompared cannot = new NotCompared.CannotRun(new Problem.Failed("NoSuchMethodError"));
        Limits limits = new Limits(Budget.NONE, null, true, 0, "1.4.0", cannot);
        Measured r = decide(UNLIMITED, limits, figure(999));
        assertEquals(Verdict.PASS, r.verdict());
        assertEquals(new BaselineComparison(BaselineComparison.Status.NEW, null, "1.4.0", cannot), r.baseline());
        assertEquals(List.of(), r.improvements());
    }

    @Test
    void objectsAreComparedOnlyWhenBothSidesCountedThem() {
        Measured r = decide(UNLIMITED, baseline(32, 1.0, 0), figure(32));
        assertEquals(BaselineComparison.Status.SAME, r.baseline().status());
        Measured more = decide(UNLIMITED, baseline(32, 1.0, 0), counted(32, 2), counted(32, 2));
        assertEquals(Verdict.REGRESSED, more.verdict());
        assertEquals(List.of(new Breach(Quantity.OBJECTS, 2, 1, 0, LimitKind.BASELINE)), more.breaches());
    }

    @Test
    void figuresAreComparedAtTheThreeDecimalsTheFileKeeps() {
        Measured r = decide(UNLIMITED, baseline(12.333, null, 0), figure(37.0 / 3));
        assertEquals(BaselineComparison.Status.SAME, r.baseline().status());
    }
}
