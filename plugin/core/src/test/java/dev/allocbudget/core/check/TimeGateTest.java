package dev.allocbudget.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.core.Budget;
import dev.allocbudget.core.JmhResult;
import dev.allocbudget.core.MethodResult;
import dev.allocbudget.core.TimeComparison;
import dev.allocbudget.core.Verdict;
import java.time.Duration;
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
        MethodResult regressed = gate.apply(row(Verdict.PASS, null, confirmed));
        assertEquals(Verdict.REGRESSED, regressed.verdict());
        assertEquals("com.acme.Codec#encode: time is 1.31x the reference 1.4.0 (95% CI 1.22-1.40x, 10 fork pairs),"
                + " beyond the 10% tolerance", regressed.message());

        // the first pairs alone (a suspect not yet measured again) fail nothing
        TimeComparison first = new TimeComparison("1.4.0", 5, 1.31, 1.22, 1.40, 100, 131, false, null);
        assertEquals(Verdict.PASS, gate.apply(row(Verdict.PASS, null, first)).verdict());
        // the interval reaches into the tolerance
        TimeComparison straddles = new TimeComparison("1.4.0", 10, 1.2, 1.09, 1.31, 100, 120, true, null);
        assertEquals(Verdict.PASS, gate.apply(row(Verdict.PASS, null, straddles)).verdict());
        // the reference could not run it
        TimeComparison none = TimeComparison.notCompared("1.4.0", "NoSuchMethodError: Codec.encode()");
        MethodResult notCompared = gate.apply(row(Verdict.PASS, null, none));
        assertEquals(Verdict.PASS, notCompared.verdict());
        assertEquals("not compared with the reference 1.4.0: NoSuchMethodError: Codec.encode()",
                notCompared.jmh().reference().text());
    }

    @Test
    void aMethodOverItsBudgetKeepsThatVerdictAndGetsTheTimeToo() {
        TimeComparison confirmed = new TimeComparison("target/ref", 10, 2.0, 1.9, 2.1, 50, 100, true, null);
        MethodResult r = gate.apply(row(Verdict.FAIL, "com.acme.Codec#encode: 32 B/op, over its budget of 0", confirmed));
        assertEquals(Verdict.FAIL, r.verdict());
        assertEquals("com.acme.Codec#encode: 32 B/op, over its budget of 0; time is 2.00x the reference target/ref"
                + " (95% CI 1.90-2.10x, 10 fork pairs), beyond the 10% tolerance", r.message());
    }

    private static MethodResult row(Verdict verdict, String message, TimeComparison comparison) {
        return new MethodResult("com.acme.Codec#encode", 0.0, null, new Budget(0L, null), null, verdict, message,
                Duration.ZERO).withJmh(new JmhResult(comparison.currentMedian(), Double.NaN, "ns/op", "avgt", 0.0,
                        comparison), Duration.ZERO);
    }
}
