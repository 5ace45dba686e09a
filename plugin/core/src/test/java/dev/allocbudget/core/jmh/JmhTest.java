package dev.allocbudget.core.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.core.Budget;
import dev.allocbudget.core.JmhResult;
import dev.allocbudget.core.MethodResult;
import dev.allocbudget.core.Verdict;
import dev.allocbudget.runner.protocol.JmhRunOptions;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** JMH mode without running JMH: options and the disagreement warning (the time gate: TimeGateTest). */
class JmhTest {

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
}
