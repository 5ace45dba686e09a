package dev.allocbudget.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.allocbudget.core.MethodMeasurer.Figure;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MethodMeasurerTest {
    private static final BudgetMethod BUDGET_64 = new BudgetMethod("a.B#c", new Budget(64L, null), null);

    private static Figure figure(double bytesPerOp) {
        return new Figure(bytesPerOp, null, null, Duration.ofMillis(500));
    }

    @Test
    void withinBudgetPassesOnOneFork() {
        MethodResult r = MethodMeasurer.decide(BUDGET_64, List.of(figure(64)));
        assertEquals(Verdict.PASS, r.verdict());
        assertEquals(64.0, r.bytesPerOp());
        assertNull(r.message());
    }

    @Test
    void twoForksOverBudgetFailWithTheLowerFigure() {
        MethodResult r = MethodMeasurer.decide(BUDGET_64, List.of(figure(104), figure(96)));
        assertEquals(Verdict.FAIL, r.verdict());
        assertEquals("a.B#c: bytes/op is 96, but budget is 64 (forks measured 104 B, 96 B)", r.message());
        assertEquals(Duration.ofSeconds(1), r.elapsed());
    }

    @Test
    void anUnconfirmedViolationPassesByMajority() {
        MethodResult r = MethodMeasurer.decide(BUDGET_64, List.of(figure(96), figure(48), figure(48)));
        assertEquals(Verdict.PASS, r.verdict());
        assertEquals(48.0, r.bytesPerOp());
        assertEquals("a.B#c: passed by majority (forks measured 96 B, 48 B, 48 B)", r.message());
    }

    @Test
    void aConfirmingForkThatFailsMakesAnErrorNotAGuess() {
        MethodResult r = MethodMeasurer.decide(BUDGET_64,
                List.of(figure(96), Figure.failed("the forked JVM exited with code 1 before reporting", Duration.ZERO)));
        assertEquals(Verdict.ERROR, r.verdict());
        assertNull(r.bytesPerOp());
        assertEquals("a.B#c: the forked JVM exited with code 1 before reporting", r.message());
    }

    @Test
    void noLimitAlwaysPasses() {
        MethodResult r = MethodMeasurer.decide(new BudgetMethod("a.B#c", Budget.NONE, null), List.of(figure(1_000_000)));
        assertEquals(Verdict.PASS, r.verdict());
        assertNull(r.budget().bytes());
    }
}
