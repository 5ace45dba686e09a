package dev.allocbudget.core.report;

import static dev.allocbudget.core.model.Results.failed;
import static dev.allocbudget.core.model.Results.figure;
import static dev.allocbudget.core.model.Results.measured;
import static dev.allocbudget.core.model.Results.overBaseline;
import static dev.allocbudget.core.model.Results.overBudget;
import static dev.allocbudget.core.model.Results.pass;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.allocbudget.core.model.BaselineComparison;
import dev.allocbudget.core.model.BaselineEntry;
import dev.allocbudget.core.model.BaselineUse;
import dev.allocbudget.core.model.Budget;
import dev.allocbudget.core.model.CheckOutcome;
import dev.allocbudget.core.model.Environment;
import dev.allocbudget.core.model.Improvement;
import dev.allocbudget.core.model.LimitKind;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.Quantity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleTextTest {

    @Test
    void progressLineShowsFigureVerdictAndSeconds() {
        assertEquals("[3/29] com.acme.Parser#parse  56 B/op  PASS  0.6 s", ConsoleText.progressLine(3, 29,
                measured("com.acme.Parser#parse", figure(56, null, null), new Budget(64L, null), null, List.of(),
                        Duration.ofMillis(620))));
        assertEquals("[1/2] a.B#c  n/a  ERROR  1.2 s", ConsoleText.progressLine(1, 2,
                failed("a.B#c", Budget.NONE, "x", Duration.ofMillis(1249))));
    }

    @Test
    void summaryAndHeadlinesCountVerdicts() {
        CheckOutcome outcome = new CheckOutcome(new Environment("17", "v", "vm", "G1", "p"), List.of(
                pass("a.B#m1", 0, new Budget(0L, null)),
                measured("a.B#m2", figure(16, null, null), new Budget(8L, null), null,
                        List.of(overBudget(Quantity.BYTES, 16, 8)), Duration.ZERO),
                failed("a.B#m3", Budget.NONE, "boom", Duration.ZERO)),
                null, Duration.ofMillis(14_240));
        assertEquals("allocbudget: 3 methods checked in 14.2 s: 1 passed, 1 over budget, 1 error", ConsoleText.summaryLine(outcome));
        assertEquals("Allocation budget exceeded in 1 of 3 methods:", ConsoleText.violationsHeadline(outcome));
        assertEquals("Allocation could not be measured for 1 of 3 methods:", ConsoleText.errorsHeadline(outcome));
    }

    @Test
    void withABaselineTheSummaryCountsImprovedNewAndRegressed() {
        BaselineEntry entry = new BaselineEntry(32, null, null);
        MethodResult improved = new MethodResult.Measured(dev.allocbudget.runner.protocol.MethodId.parse("a.B#m2"),
                Budget.NONE, figure(16, null, null), List.of(figure(16, null, null)),
                new BaselineComparison(BaselineComparison.Status.IMPROVED, entry), List.of(),
                List.of(new Improvement(Quantity.BYTES, 16, 32, LimitKind.BASELINE)), null, Duration.ZERO);
        CheckOutcome outcome = new CheckOutcome(new Environment("17", "v", "vm", "G1", "p"), List.of(
                measured("a.B#m1", figure(0, null, null), Budget.NONE, BaselineComparison.NEW, List.of(), Duration.ZERO),
                improved,
                measured("a.B#m3", figure(48, null, null), Budget.NONE,
                        new BaselineComparison(BaselineComparison.Status.REGRESSED, entry),
                        List.of(overBaseline(Quantity.BYTES, 48, 32)), Duration.ZERO)),
                new BaselineUse(Path.of("b.json"), "17", List.of("17"), List.of()), Duration.ofMillis(2_000));
        assertEquals("allocbudget: 3 methods checked in 2.0 s: 2 passed (1 improved, 1 new), 0 over budget,"
                + " 1 regressed, 0 errors", ConsoleText.summaryLine(outcome));
        assertEquals("Allocation regressed from the baseline in 1 of 3 methods:", ConsoleText.violationsHeadline(outcome));
    }
}
