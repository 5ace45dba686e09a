package dev.allocbudget.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.core.BaselineEntry;
import dev.allocbudget.core.JmhResult;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The time gate of JMH mode: only a clear regression of the time fails. */
class TimeGateTest {
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
}
