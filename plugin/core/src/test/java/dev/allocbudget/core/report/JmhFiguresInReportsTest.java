package dev.allocbudget.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.core.model.Budget;
import dev.allocbudget.core.model.CheckOutcome;
import dev.allocbudget.core.model.Environment;
import dev.allocbudget.core.model.JmhResult;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.Results;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class JmhFiguresInReportsTest {

    @Test
    void reportsCarryJmhFiguresAndAnUnknownErrorIsNullNotNaN() {
        MethodResult r = Results.pass("a.B#c", 16, Budget.NONE)
                .withJmh(new JmhResult(4.772, Double.NaN, "ns/op", "avgt", 16.001), null, Duration.ZERO);
        CheckOutcome outcome = new CheckOutcome(new Environment("17.0.15", "v", "vm", "G1", "p"), List.of(r), null,
                Duration.ZERO);
        assertTrue(JsonReport.render(outcome).contains("\"jmh\": {\"score\": 4.772, \"error\": null, \"unit\":"
                + " \"ns/op\", \"mode\": \"avgt\", \"allocNorm\": 16.001, \"reference\": null, \"allocDisagreement\": null}"),
                JsonReport.render(outcome));
        assertTrue(MarkdownReport.render(outcome, "m", "b.json").contains("| 4.772 ns/op | 16.001 |"));
        assertEquals("[jmh 1/2] a.B#c  4.772 ns/op  gc.alloc.rate.norm 16.001 B/op  (about 4 s left)",
                ConsoleText.jmhLine(1, 2, r, Duration.ofMillis(3600)));
    }

    @Test
    void aDisagreementNamesBothFiguresTheToleranceAndTheJava() {
        MethodResult r = Results.pass("a.B#c", 296, Budget.NONE)
                .withJmh(new JmhResult(236.7, 5.1, "ns/op", "avgt", 96.001), null, Duration.ZERO);
        CheckOutcome outcome = new CheckOutcome(new Environment("25.0.3", "v", "vm", "G1", "p"), List.of(r), null,
                Duration.ZERO);
        assertTrue(JsonReport.render(outcome).contains("\"allocNorm\": 96.001, \"reference\": null,"
                + " \"allocDisagreement\": {\"checkBytesPerOp\": 296, \"checkOtherOrderBytesPerOp\": null,"
                + " \"jmhBytesPerOp\": 96.001, \"tolerance\":"
                + " \"0.1 B/op\", \"javaVersion\": \"25.0.3\"}}"), JsonReport.render(outcome));
    }
}
