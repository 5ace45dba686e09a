package dev.allocbudget.core.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.core.model.Budget;
import dev.allocbudget.core.model.JmhResult;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.Results;
import dev.allocbudget.core.report.ConsoleText;
import dev.allocbudget.runner.protocol.JmhRunOptions;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** JMH mode without running JMH: options and the disagreement warning (the time gate: TimeGateTest). */
class JmhTest {

    @Test
    void jmhAndTheCheckDisagreeingBeyondOneByteAndOnePercentIsSaid() {
        assertFalse(JmhMeasurer.disagree(withJmh(16, 16.004)));
        assertFalse(JmhMeasurer.disagree(withJmh(1000, 1008)), "8 B of 1000 is under 1%");
        MethodResult apart = withJmh(1136, 1208);
        assertTrue(JmhMeasurer.disagree(apart));
        assertTrue(ConsoleText.jmhDisagreement(apart).startsWith("a.B#c: JMH's gc.alloc.rate.norm is 1208 B/op,"
                + " the check measured 1136 B/op. Likely reasons: the two JVMs compiled the method differently"));
    }

    private static MethodResult withJmh(double bytes, double allocNorm) {
        return Results.pass("a.B#c", bytes, Budget.NONE)
                .withJmh(new JmhResult(5, 1, "ns/op", "avgt", allocNorm), null, Duration.ZERO);
    }

    @Test
    void optionsAreCheckedAndPassedOn() {
        JmhOptions o = new JmhOptions(1, 2, Duration.ofMillis(500), 5, Duration.ofMillis(500), "avgt", "ns",
                Set.of(JmhRunOptions.FORKS));
        assertEquals(new JmhRunOptions(1, 2, 500, 5, 500, "avgt", "ns", Set.of(JmhRunOptions.FORKS)), o.forRun());
        assertEquals(Duration.ofMillis(3500), o.iterationsTime());
        assertEquals("1 fork, 2 x 500 ms warm-up, 5 x 500 ms measurement, avgt in ns", o.describe());
        assertThrows(IllegalArgumentException.class,
                () -> new JmhOptions(1, 2, Duration.ofMillis(500), 5, Duration.ofMillis(500), "fast", "ns", Set.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new JmhOptions(0, 2, Duration.ofMillis(500), 5, Duration.ofMillis(500), "avgt", "ns", Set.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new JmhOptions(1, 2, Duration.ofMillis(500), 5, Duration.ofMillis(500), "avgt", "min", Set.of()));
    }

    @Test
    void optionsNotGivenTakeTheDefaultsAndLeaveTheMethodsOwnAnnotationsToWin() throws Exception {
        JmhOptions defaults = JmhOptions.of(null, null, null, null, null, null, null);
        assertEquals(new JmhOptions(1, 2, Duration.ofMillis(500), 5, Duration.ofMillis(500), "avgt", "ns", Set.of()),
                defaults);
        JmhOptions some = JmhOptions.of(3, null, "1s", null, null, "thrpt", null);
        assertEquals(Set.of(JmhRunOptions.FORKS, JmhRunOptions.WARMUP_TIME, JmhRunOptions.MODE), some.explicit());
        assertTrue(some.forRun().annotationWins(JmhRunOptions.ITERATIONS));
        assertFalse(some.forRun().annotationWins(JmhRunOptions.FORKS));
    }
}
