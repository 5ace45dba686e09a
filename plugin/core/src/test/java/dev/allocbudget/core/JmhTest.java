package dev.allocbudget.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.runner.protocol.JmhRunOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JMH mode without running JMH: options, the time gate, the disagreement warning and where figures are written. */
class JmhTest {
    private static final BaselineEntry.Time BASE = new BaselineEntry.Time(100, 5, "ns/op", "avgt");

    private static JmhResult avgt(double score, double error) {
        return new JmhResult(score, error, "ns/op", "avgt", 16.0);
    }

    @Test
    void theTimeGateFailsOnlyWhenWorseBeyondToleranceAndTheIntervalsDoNotOverlap() {
        assertEquals(Optional.of("time is 2000 ± 40 ns/op, but baseline is 100 ± 5 ns/op (+1900%, beyond the 10%"
                + " tolerance; the 99.9% confidence intervals do not overlap)"),
                TimeGate.regression(avgt(2000, 40), BASE, 10));
        assertEquals(Optional.empty(), TimeGate.regression(avgt(109, 1), BASE, 10), "within the tolerance");
        assertEquals(Optional.empty(), TimeGate.regression(avgt(130, 30), BASE, 10), "intervals overlap: not clear");
        assertEquals(Optional.empty(), TimeGate.regression(avgt(50, 1), BASE, 10), "faster never fails");
        assertEquals(Optional.empty(), TimeGate.regression(avgt(2000, Double.NaN), BASE, 10), "no error, no verdict");
        assertEquals(Optional.empty(), TimeGate.regression(new JmhResult(2000, 1, "us/op", "avgt", null), BASE, 10),
                "other units are not compared");
    }

    @Test
    void inThroughputModeLowerIsWorse() {
        BaselineEntry.Time ops = new BaselineEntry.Time(1000, 10, "ops/s", "thrpt");
        assertTrue(TimeGate.regression(new JmhResult(100, 5, "ops/s", "thrpt", null), ops, 10).get()
                .startsWith("throughput is 100 ± 5 ops/s, but baseline is 1000 ± 10 ops/s (-90%"));
        assertEquals(Optional.empty(), TimeGate.regression(new JmhResult(5000, 5, "ops/s", "thrpt", null), ops, 10));
    }

    @Test
    void jmhAndTheCheckDisagreeingBeyondOneByteAndOnePercentIsSaid() {
        MethodResult same = new MethodResult("a.B#c", 16.0, null, Budget.NONE, null, Verdict.PASS, null, Duration.ZERO,
                new JmhResult(5, 1, "ns/op", "avgt", 16.004), null);
        assertEquals(Optional.empty(), JmhMeasurer.disagreement(same));
        MethodResult large = new MethodResult("a.B#c", 1000.0, null, Budget.NONE, null, Verdict.PASS, null,
                Duration.ZERO, new JmhResult(5, 1, "ns/op", "avgt", 1008.0), null);
        assertEquals(Optional.empty(), JmhMeasurer.disagreement(large), "8 B of 1000 is under 1%");
        MethodResult apart = new MethodResult("a.B#c", 1136.0, null, Budget.NONE, null, Verdict.PASS, null,
                Duration.ZERO, new JmhResult(5, 1, "ns/op", "avgt", 1208.0), null);
        assertTrue(JmhMeasurer.disagreement(apart).get().startsWith("a.B#c: JMH's gc.alloc.rate.norm is 1208 B/op,"
                + " the check measured 1136 B/op. Likely reasons: the two JVMs compiled the method differently"));
    }

    @Test
    void optionsAreCheckedAndPassedOn() {
        JmhOptions o = new JmhOptions(1, 2, Duration.ofMillis(500), 5, Duration.ofMillis(500), "avgt", "ns");
        assertEquals(new JmhRunOptions(1, 2, 500, 5, 500, "avgt", "ns"), o.forRun());
        assertEquals(Duration.ofMillis(3500), o.iterationsTime());
        assertEquals("1 fork, 2 x 500 ms warm-up, 5 x 500 ms measurement, avgt in ns", o.describe());
        assertThrows(IllegalArgumentException.class,
                () -> new JmhOptions(1, 2, Duration.ofMillis(500), 5, Duration.ofMillis(500), "fast", "ns"));
        assertThrows(IllegalArgumentException.class,
                () -> new JmhOptions(0, 2, Duration.ofMillis(500), 5, Duration.ofMillis(500), "avgt", "ns"));
        assertThrows(IllegalArgumentException.class,
                () -> new JmhOptions(1, 2, Duration.ofMillis(500), 5, Duration.ofMillis(500), "avgt", "min"));
    }

    @Test
    void reportsCarryJmhFiguresAndAnUnknownErrorIsNullNotNaN() {
        MethodResult r = new MethodResult("a.B#c", 16.0, null, Budget.NONE, null, Verdict.PASS, null, Duration.ZERO,
                new JmhResult(4.772, Double.NaN, "ns/op", "avgt", 16.001), null);
        CheckOutcome outcome = new CheckOutcome(new Environment("17.0.15", "v", "vm", "G1", "p"), List.of(r), null,
                Duration.ZERO);
        assertTrue(JsonReport.render(outcome).contains("\"jmh\": {\"score\": 4.772, \"error\": null, \"unit\":"
                + " \"ns/op\", \"mode\": \"avgt\", \"allocNorm\": 16.001}"), JsonReport.render(outcome));
        assertTrue(MarkdownReport.render(outcome, "m", "b.json").contains("| 4.772 ns/op | 16.001 |"));
        assertEquals("[jmh 1/2] a.B#c  4.772 ns/op  gc.alloc.rate.norm 16.001 B/op  (about 4 s left)",
                CheckOutcome.jmhLine(1, 2, r, Duration.ofMillis(3600)));
    }

    @Test
    void aBaselineKeepsJmhTimeBesideTheAllocationFigures(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("b.json");
        Baseline b = Baseline.EMPTY.with("17", new Baseline.Section(null, new TreeMap<>(Map.of("a.B#c",
                new BaselineEntry(16, 1.0, null, new BaselineEntry.Time(4.5, 0.25, "ns/op", "avgt")),
                "a.B#d", new BaselineEntry(0, null, null, new BaselineEntry.Time(1.5, Double.NaN, "ns/op", "avgt"))))));
        BaselineFile.write(file, b);
        assertTrue(java.nio.file.Files.readString(file).contains("\"a.B#c\": {\"bytesPerOp\": 16, \"objectsPerOp\": 1,"
                + " \"time\": {\"score\": 4.5, \"error\": 0.25, \"unit\": \"ns/op\", \"mode\": \"avgt\"}}"));
        Baseline read = BaselineFile.readIfPresent(file);
        assertEquals(b.section("17").methods().get("a.B#c"), read.section("17").methods().get("a.B#c"));
        assertTrue(Double.isNaN(read.section("17").methods().get("a.B#d").time().error()));
    }
}
