package dev.allocbudget.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.allocbudget.core.BaselineComparison;
import dev.allocbudget.core.BaselineEntry;
import dev.allocbudget.core.Budget;
import dev.allocbudget.core.BudgetMethod;
import dev.allocbudget.core.MethodResult;
import dev.allocbudget.core.ObjectCount;
import dev.allocbudget.core.Verdict;
import dev.allocbudget.core.check.MethodMeasurer.Figure;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MethodMeasurerTest {
    private static final BudgetMethod BUDGET_64 = new BudgetMethod("a.B#c", new Budget(64L, null), null, null);

    private static Limits budgetOnly(BudgetMethod method) {
        return Limits.budgetOnly(method.budget());
    }

    private static Figure figure(double bytesPerOp) {
        return new Figure(bytesPerOp, null, null, Duration.ofMillis(500));
    }

    @Test
    void withinBudgetPassesOnOneFork() {
        MethodResult r = MethodMeasurer.decide(BUDGET_64, budgetOnly(BUDGET_64), List.of(figure(64)));
        assertEquals(Verdict.PASS, r.verdict());
        assertEquals(64.0, r.bytesPerOp());
        assertNull(r.message());
    }

    @Test
    void twoForksOverBudgetFailWithTheLowerFigure() {
        MethodResult r = MethodMeasurer.decide(BUDGET_64, budgetOnly(BUDGET_64), List.of(figure(104), figure(96)));
        assertEquals(Verdict.FAIL, r.verdict());
        assertEquals("a.B#c: bytes/op is 96, but budget is 64 (forks measured 104 B, 96 B)", r.message());
        assertEquals(Duration.ofSeconds(1), r.elapsed());
    }

    @Test
    void anUnconfirmedViolationPassesByMajority() {
        MethodResult r = MethodMeasurer.decide(BUDGET_64, budgetOnly(BUDGET_64), List.of(figure(96), figure(48), figure(48)));
        assertEquals(Verdict.PASS, r.verdict());
        assertEquals(48.0, r.bytesPerOp());
        assertEquals("a.B#c: passed by majority (forks measured 96 B, 48 B, 48 B)", r.message());
    }

    @Test
    void aConfirmingForkThatFailsMakesAnErrorNotAGuess() {
        MethodResult r = MethodMeasurer.decide(BUDGET_64, budgetOnly(BUDGET_64),
                List.of(figure(96), Figure.failed("the forked JVM exited with code 1 before reporting", Duration.ZERO)));
        assertEquals(Verdict.ERROR, r.verdict());
        assertNull(r.bytesPerOp());
        assertEquals("a.B#c: the forked JVM exited with code 1 before reporting", r.message());
    }

    @Test
    void noLimitAlwaysPasses() {
        BudgetMethod unlimited = new BudgetMethod("a.B#c", Budget.NONE, null, null);
        MethodResult r = MethodMeasurer.decide(unlimited, budgetOnly(unlimited), List.of(figure(1_000_000)));
        assertEquals(Verdict.PASS, r.verdict());
        assertNull(r.budget().bytes());
    }

    // --- against a baseline ---

    private static final BudgetMethod UNLIMITED = new BudgetMethod("a.B#c", Budget.NONE, null, null);

    private static Limits baseline(double bytes, Double objects, double tolerance) {
        return new Limits(Budget.NONE, new BaselineEntry(bytes, objects, "why"), true, tolerance);
    }

    private static Figure counted(double bytesPerOp, double objectsPerOp) {
        return new Figure(bytesPerOp, new ObjectCount(objectsPerOp, null, List.of(), "jvmti-agent"), null,
                Duration.ofMillis(500));
    }

    @Test
    void aRiseAboveTheBaselineConfirmedByTwoForksRegressesWithDeltas() {
        MethodResult r = MethodMeasurer.decide(UNLIMITED, baseline(32, 1.0, 0), List.of(counted(48, 2), counted(48, 2)));
        assertEquals(Verdict.REGRESSED, r.verdict());
        assertEquals(BaselineComparison.Status.REGRESSED, r.baseline().status());
        assertEquals("a.B#c: bytes/op is 48, but baseline is 32 (+16 B, +50%); objects/op is 2, but baseline is 1",
                r.message());
    }

    @Test
    void overTheBudgetIsAFailureEvenWhenTheBaselineAlsoRose() {
        BudgetMethod budget32 = new BudgetMethod("a.B#c", new Budget(40L, null), null, null);
        Limits limits = new Limits(budget32.budget(), new BaselineEntry(32, null, null), true, 0);
        MethodResult r = MethodMeasurer.decide(budget32, limits, List.of(figure(48), figure(48)));
        assertEquals(Verdict.FAIL, r.verdict());
        assertEquals("a.B#c: bytes/op is 48, but budget is 40; bytes/op is 48, but baseline is 32 (+16 B, +50%)",
                r.message());
    }

    @Test
    void aRiseWithinTheToleranceIsTheSameAndOneBeyondItRegresses() {
        MethodResult within = MethodMeasurer.decide(UNLIMITED, baseline(100, null, 5), List.of(figure(105)));
        assertEquals(Verdict.PASS, within.verdict());
        assertEquals(BaselineComparison.Status.SAME, within.baseline().status());
        MethodResult beyond = MethodMeasurer.decide(UNLIMITED, baseline(100, null, 5),
                List.of(figure(105.5), figure(105.5)));
        assertEquals(Verdict.REGRESSED, beyond.verdict());
        assertEquals("a.B#c: bytes/op is 105.5, but baseline is 100 (+5.5 B, +5.5%; tolerance 5%)", beyond.message());
    }

    @Test
    void anImprovementConfirmedByTwoForksShowsTheLargerFigure() {
        MethodResult r = MethodMeasurer.decide(UNLIMITED, baseline(32, 1.0, 0), List.of(counted(24, 1), counted(16, 1)));
        assertEquals(Verdict.PASS, r.verdict());
        assertEquals(BaselineComparison.Status.IMPROVED, r.baseline().status());
        assertEquals(24.0, r.bytesPerOp(), "an improvement is never overclaimed");
        assertEquals("a.B#c: bytes/op is 24, below baseline 32 (-8 B, -25%) (forks measured 24 B/1 obj, 16 B/1 obj)",
                r.message());
    }

    @Test
    void anUnconfirmedImprovementIsTheSame() {
        MethodResult r = MethodMeasurer.decide(UNLIMITED, baseline(32, null, 0),
                List.of(figure(16), figure(32), figure(32)));
        assertEquals(Verdict.PASS, r.verdict());
        assertEquals(BaselineComparison.Status.SAME, r.baseline().status());
        assertEquals(32.0, r.bytesPerOp());
    }

    @Test
    void forksThatDisagreeThreeWaysNeitherFailNorImprove() {
        MethodResult r = MethodMeasurer.decide(UNLIMITED, baseline(32, null, 0),
                List.of(figure(48), figure(16), figure(32)));
        assertEquals(Verdict.PASS, r.verdict());
        assertEquals(BaselineComparison.Status.SAME, r.baseline().status());
    }

    @Test
    void aMethodWithoutAnEntryIsNewAndPasses() {
        MethodResult r = MethodMeasurer.decide(UNLIMITED, new Limits(Budget.NONE, null, true, 0), List.of(figure(999)));
        assertEquals(Verdict.PASS, r.verdict());
        assertEquals(BaselineComparison.Status.NEW, r.baseline().status());
    }

    // --- against a reference, measured in the same run ---

    private static Limits reference(double bytes, Double objects) {
        return new Limits(Budget.NONE, new BaselineEntry(bytes, objects, null), true, 0, "1.4.0", null);
    }

    @Test
    void aRiseAboveTheReferenceRegressesAndItsMessageNamesTheReference() {
        MethodResult r = MethodMeasurer.decide(UNLIMITED, reference(32, 1.0), List.of(counted(48, 2), counted(48, 2)));
        assertEquals(Verdict.REGRESSED, r.verdict());
        assertEquals(new BaselineComparison(BaselineComparison.Status.REGRESSED, new BaselineEntry(32, 1.0, null),
                "1.4.0", null), r.baseline());
        assertEquals("a.B#c: bytes/op is 48, but the reference 1.4.0 allocates 32 (+16 B, +50%); objects/op is 2, but"
                + " the reference 1.4.0 allocates 1", r.message());
    }

    @Test
    void lessThanTheReferenceIsAnImprovementThatNamesIt() {
        MethodResult r = MethodMeasurer.decide(UNLIMITED, reference(24, null), List.of(figure(0), figure(0)));
        assertEquals(Verdict.PASS, r.verdict());
        assertEquals(BaselineComparison.Status.IMPROVED, r.baseline().status());
        assertEquals("a.B#c: bytes/op is 0, below the reference 1.4.0's 24 (-24 B, -100%)", r.message());
    }

    @Test
    void ofThreeReferenceForksTheFiguresTwoShareAreComparedWith() {
        assertEquals(reference(32, 1.0), MethodMeasurer.agreed(List.of(reference(32, 1.0), reference(40, 1.0),
                reference(32, 1.0))));
        assertEquals(reference(40, 1.0), MethodMeasurer.agreed(List.of(reference(32, 1.0), reference(40, 1.0),
                reference(40, 1.0))));
        Limits none = MethodMeasurer.agreed(List.of(reference(32, 1.0), reference(40, 1.0), reference(48, 2.0)));
        assertNull(none.baseline());
        assertEquals("the reference's figures differ from fork to fork: 32 B/op, 40 B/op, 48 B/op", none.notCompared());
        MethodResult r = MethodMeasurer.decide(UNLIMITED, none, List.of(figure(64), figure(64)));
        assertEquals(Verdict.PASS, r.verdict(), "not compared: nothing to regress from");
        assertEquals(BaselineComparison.Status.NEW, r.baseline().status());
    }

    @Test
    void aMethodTheReferenceCannotRunIsNewWithTheReason() {
        Limits limits = new Limits(Budget.NONE, null, true, 0, "1.4.0",
                "the reference cannot run it: NoSuchMethodError");
        MethodResult r = MethodMeasurer.decide(UNLIMITED, limits, List.of(figure(999)));
        assertEquals(Verdict.PASS, r.verdict());
        assertEquals(new BaselineComparison(BaselineComparison.Status.NEW, null, "1.4.0",
                "the reference cannot run it: NoSuchMethodError"), r.baseline());
        assertNull(r.message());
    }

    @Test
    void objectsAreComparedOnlyWhenBothSidesCountedThem() {
        MethodResult r = MethodMeasurer.decide(UNLIMITED, baseline(32, 1.0, 0), List.of(figure(32)));
        assertEquals(BaselineComparison.Status.SAME, r.baseline().status());
        MethodResult more = MethodMeasurer.decide(UNLIMITED, baseline(32, 1.0, 0), List.of(counted(32, 2), counted(32, 2)));
        assertEquals(Verdict.REGRESSED, more.verdict());
        assertEquals("a.B#c: objects/op is 2, but baseline is 1", more.message());
    }

    @Test
    void figuresAreComparedAtTheThreeDecimalsTheFileKeeps() {
        MethodResult r = MethodMeasurer.decide(UNLIMITED, baseline(12.333, null, 0), List.of(figure(37.0 / 3)));
        assertEquals(BaselineComparison.Status.SAME, r.baseline().status());
    }
}
