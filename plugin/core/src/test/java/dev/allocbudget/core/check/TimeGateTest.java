package dev.allocbudget.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.core.model.Breach;
import dev.allocbudget.core.model.Budget;
import dev.allocbudget.core.model.Figure;
import dev.allocbudget.core.model.JmhResult;
import dev.allocbudget.core.model.LimitKind;
import dev.allocbudget.core.model.MethodResult.Measured;
import dev.allocbudget.core.model.Quantity;
import dev.allocbudget.core.model.TimeComparison;
import dev.allocbudget.core.model.Verdict;
import dev.allocbudget.runner.protocol.MethodId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeGateTest {
    private final TimeGate gate = new TimeGate(10);

    @Test
    void pairsOfEqualTimesGiveOneWithNoSpread() {
        PairedRatios.Ratio r = PairedRatios.of(new double[] {100, 120, 90, 110, 100},
                new double[] {100, 120, 90, 110, 100}, false);
        assertEquals(new PairedRatios.Ratio(1, 1, 1), r);
    }

    @Test
    void theRatioIsTheGeometricMeanOfThePairsAndLoadThatMovesBothSidesCancels() {
        // the machine got twice as slow after the second pair: each pair still reads 2x
        PairedRatios.Ratio r = PairedRatios.of(new double[] {100, 100, 200, 200, 200},
                new double[] {200, 200, 400, 400, 400}, false);
        assertEquals(2, r.ratio(), 1e-12);
        assertEquals(2, r.low(), 1e-12);
        assertEquals(2, r.high(), 1e-12);
        // in throughput, lower is slower: the time ratio is reference / current
        assertEquals(2, PairedRatios.of(new double[] {10, 10}, new double[] {5, 5}, true).ratio(), 1e-12);
        // 2x slower and 2x faster cancel
        assertEquals(1, PairedRatios.of(new double[] {100, 100}, new double[] {200, 50}, false).ratio(), 1e-12);
    }

    @Test
    void theIntervalCoversTheSpreadBetweenPairsAndIsTheSameEveryTime() {
        double[] reference = {100, 100, 100, 100, 100, 100};
        double[] current = {95, 104, 101, 99, 108, 93};
        PairedRatios.Ratio r = PairedRatios.of(reference, current, false);
        assertTrue(r.low() < r.ratio() && r.ratio() < r.high(), r.toString());
        assertTrue(r.low() >= 0.93 && r.high() <= 1.08, "within the pairs' own range: " + r);
        assertTrue(r.low() < 1 && r.high() > 1, r.toString());
        assertEquals(r, PairedRatios.of(reference, current, false), "seeded: the same pairs, the same interval");
        assertFalse(gate.beyond(r));
        assertFalse(gate.suspect(r));
    }

    @Test
    void aRatioAboveTheToleranceIsASuspectEvenWhenItsIntervalReachesBelow() {
        PairedRatios.Ratio wide = new PairedRatios.Ratio(1.25, 1.05, 1.45);
        assertTrue(gate.suspect(wide), "measured again");
        assertFalse(gate.beyond(wide), "not (yet) a regression");
        assertTrue(gate.undecided(wide), "after its confirmation: measured longer");
        assertFalse(gate.suspect(new PairedRatios.Ratio(1.09, 1.0, 1.2)));
        assertFalse(gate.undecided(new PairedRatios.Ratio(1.09, 1.0, 1.2)), "no longer a suspect: done");
        assertFalse(gate.undecided(new PairedRatios.Ratio(1.3, 1.15, 1.45)), "beyond: decided");
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(3, PairedRatios.median(new double[] {5, 1, 3}));
        assertEquals(2.5, PairedRatios.median(new double[] {4, 1, 2, 3}));
    }

    @Test
    void onlyAConfirmedComparisonWhollyBeyondTheToleranceRegresses() {
        TimeComparison confirmed = new TimeComparison("1.4.0", 10, 1.31, 1.22, 1.40, 100, 131, true, null);
        assertEquals(new Breach(Quantity.TIME, 1.31, 1, 10, LimitKind.REFERENCE), gate.breach(jmh(confirmed)));
        // the first pairs alone (a suspect not yet measured again) fail nothing
        TimeComparison first = new TimeComparison("1.4.0", 5, 1.31, 1.22, 1.40, 100, 131, false, null);
        assertNull(gate.breach(jmh(first)));
        // the interval reaches into the tolerance
        TimeComparison straddles = new TimeComparison("1.4.0", 10, 1.2, 1.09, 1.31, 100, 120, true, null);
        assertNull(gate.breach(jmh(straddles)));
        // the reference could not run it
        assertNull(gate.breach(jmh(TimeComparison.notCompared("1.4.0", "NoSuchMethodError: Codec.encode()"))));
        // no reference at all
        assertNull(gate.breach(new JmhResult(12, 0.5, "ns/op", "avgt", 0.0)));
    }

    @Test
    void aMethodOverItsBudgetKeepsThatVerdictAndGetsTheTimeBreachToo() {
        TimeComparison confirmed = new TimeComparison("target/ref", 10, 2.0, 1.9, 2.1, 50, 100, true, null);
        Breach budget = new Breach(Quantity.BYTES, 32, 0, 0, LimitKind.BUDGET);
        Measured overBudget = new Measured(MethodId.parse("com.acme.Codec#encode"), new Budget(0L, null),
                new Figure(32, null, null), List.of(new Figure(32, null, null)), null, List.of(budget), List.of(), null,
                Duration.ZERO);
        JmhResult time = jmh(confirmed);
        Measured r = overBudget.withJmh(time, gate.breach(time), Duration.ofSeconds(3));
        assertEquals(Verdict.FAIL, r.verdict());
        assertEquals(List.of(budget, new Breach(Quantity.TIME, 2.0, 1, 10, LimitKind.REFERENCE)), r.breaches());
        assertFalse(r.timeOnly());
        Measured timeOnly = new Measured(overBudget.id(), Budget.NONE, overBudget.figure(), overBudget.forks(), null,
                List.of(), List.of(), null, Duration.ZERO).withJmh(time, gate.breach(time), Duration.ZERO);
        assertEquals(Verdict.REGRESSED, timeOnly.verdict());
        assertTrue(timeOnly.timeOnly());
    }

    private static JmhResult jmh(TimeComparison comparison) {
        return new JmhResult(comparison.currentMedian(), Double.NaN, "ns/op", "avgt", 0.0, comparison);
    }
}
