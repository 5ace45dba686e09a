package dev.allocbudget.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.allocbudget.core.BaselineComparison;
import dev.allocbudget.core.BaselineEntry;
import dev.allocbudget.core.BaselineUse;
import dev.allocbudget.core.Budget;
import dev.allocbudget.core.CheckOutcome;
import dev.allocbudget.core.Environment;
import dev.allocbudget.core.MethodResult;
import dev.allocbudget.core.Verdict;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleTextTest {

    @Test
    void progressLineShowsFigureVerdictAndSeconds() {
        assertEquals("[3/29] com.acme.Parser#parse  56 B/op  PASS  0.6 s", ConsoleText.progressLine(3, 29,
                new MethodResult("com.acme.Parser#parse", 56.0, null, new Budget(64L, null), null, Verdict.PASS, null, Duration.ofMillis(620))));
        assertEquals("[1/2] a.B#c  n/a  ERROR  1.2 s", ConsoleText.progressLine(1, 2,
                new MethodResult("a.B#c", null, null, Budget.NONE, null, Verdict.ERROR, "a.B#c: x", Duration.ofMillis(1249))));
    }

    @Test
    void summaryAndHeadlinesCountVerdicts() {
        CheckOutcome outcome = new CheckOutcome(new Environment("17", "v", "vm", "G1", "p"), List.of(
                new MethodResult("a#1", 0.0, null, new Budget(0L, null), null, Verdict.PASS, null, Duration.ZERO),
                new MethodResult("a#2", 16.0, null, new Budget(8L, null), null, Verdict.FAIL, "a#2: bytes/op is 16, but budget is 8", Duration.ZERO),
                new MethodResult("a#3", null, null, Budget.NONE, null, Verdict.ERROR, "a#3: boom", Duration.ZERO)),
                null, Duration.ofMillis(14_240));
        assertEquals("allocbudget: 3 methods checked in 14.2 s: 1 passed, 1 over budget, 1 error", ConsoleText.summaryLine(outcome));
        assertEquals("Allocation budget exceeded in 1 of 3 methods:", ConsoleText.violationsHeadline(outcome));
        assertEquals("Allocation could not be measured for 1 of 3 methods:", ConsoleText.errorsHeadline(outcome));
    }

    @Test
    void withABaselineTheSummaryCountsImprovedNewAndRegressed() {
        BaselineEntry entry = new BaselineEntry(32, null, null);
        CheckOutcome outcome = new CheckOutcome(new Environment("17", "v", "vm", "G1", "p"), List.of(
                new MethodResult("a#1", 0.0, null, Budget.NONE, BaselineComparison.NEW, Verdict.PASS, null, Duration.ZERO),
                new MethodResult("a#2", 16.0, null, Budget.NONE, new BaselineComparison(BaselineComparison.Status.IMPROVED,
                        entry), Verdict.PASS, "a#2: better", Duration.ZERO),
                new MethodResult("a#3", 48.0, null, Budget.NONE, new BaselineComparison(BaselineComparison.Status.REGRESSED,
                        entry), Verdict.REGRESSED, "a#3: worse", Duration.ZERO)),
                new BaselineUse(Path.of("b.json"), "17", List.of("17"), List.of()), Duration.ofMillis(2_000));
        assertEquals("allocbudget: 3 methods checked in 2.0 s: 2 passed (1 improved, 1 new), 0 over budget,"
                + " 1 regressed, 0 errors", ConsoleText.summaryLine(outcome));
        assertEquals("Allocation regressed from the baseline in 1 of 3 methods:", ConsoleText.violationsHeadline(outcome));
    }
}
