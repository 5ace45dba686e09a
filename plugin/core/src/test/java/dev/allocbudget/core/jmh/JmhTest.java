package dev.allocbudget.core.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.core.model.Budget;
import dev.allocbudget.core.model.CompileOrder;
import dev.allocbudget.core.model.OtherCompilation;
import dev.allocbudget.core.model.JmhResult;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.Results;
import dev.allocbudget.core.report.ConsoleText;
import dev.allocbudget.runner.protocol.JmhRunOptions;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import dev.allocbudget.core.model.AllocDisagreement;
import dev.allocbudget.core.model.AllocDisagreement.Tolerance;
import dev.allocbudget.core.model.FigureDetail;
import dev.allocbudget.runner.protocol.MethodId;
import org.junit.jupiter.api.Test;

/** JMH mode without running JMH: options and the disagreement warning (the time gate: TimeGateTest). */
class JmhTest {

    @Test
    void aCleanFigureMustAgreeWithJmhWithinATenthOfAByte() {
        assertNull(AllocDisagreement.of(withJmh(16, 16.004)));
        assertNull(AllocDisagreement.of(withJmh(0, 0.1)));
        AllocDisagreement apart = AllocDisagreement.of(withJmh(296, 96.001));
        assertEquals(new AllocDisagreement(296, null, 96.001, Tolerance.CLEAN), apart);
        assertEquals(Tolerance.CLEAN, AllocDisagreement.of(withJmh(1000, 1001)).tolerance(), "1 B of 1000 is too much");
        assertTrue(ConsoleText.jmhDisagreement(MethodId.parse("a.B#c"), apart, "25.0.3").startsWith(
                "a.B#c: on Java 25.0.3, JMH's gc.alloc.rate.norm is 96.001 B/op and the check measured 296 B/op"
                + " (apart by more than 0.1 B/op, what a figure every call allocates alike allows). Likely reasons: the"
                + " two JVMs compiled the method differently"));
    }

    @Test
    void aMethodWithTwoCompilationsAgreesWhenJmhReadsEither() {
        // JDK 25's Jackson writeEvent: 296 with its callees compiled first, 96 with itself first; JMH reads either
        MethodResult.Measured twoOrders = withJmh(296, 96.001)
                .withOther(new OtherCompilation(CompileOrder.METHOD_FIRST, 96.0, null));
        assertNull(AllocDisagreement.of(twoOrders));
        MethodResult.Measured neither = withJmh(296, 200)
                .withOther(new OtherCompilation(CompileOrder.METHOD_FIRST, 96.0, null));
        AllocDisagreement apart = AllocDisagreement.of(neither);
        assertEquals(new AllocDisagreement(296, 96.0, 200, Tolerance.CLEAN), apart);
        assertTrue(ConsoleText.jmhDisagreement(MethodId.parse("a.B#c"), apart, "25.0.3").startsWith(
                "a.B#c: on Java 25.0.3, JMH's gc.alloc.rate.norm is 200 B/op and the check measured 296 B/op"
                + " (96 B/op in its other compile order) (apart by more than 0.1 B/op"));
        // one compilation (both orders alike): nothing more to say
        MethodResult.Measured alike = withJmh(296, 200)
                .withOther(new OtherCompilation(CompileOrder.METHOD_FIRST, 296.0, null));
        assertEquals(new AllocDisagreement(296, null, 200, Tolerance.CLEAN), AllocDisagreement.of(alike));
    }

    @Test
    void aMeanMayBeOnePercentApartAndATimingDependentFigureFive() {
        FigureDetail periodic = new FigureDetail(7.27, true, 11, 80, null);
        assertNull(AllocDisagreement.of(withJmh(7.27, periodic, 7.34)));
        assertEquals(Tolerance.MEAN, AllocDisagreement.of(withJmh(7.27, periodic, 7.4)).tolerance());
        FigureDetail otherThreads = new FigureDetail(0, false, 0, 0, null);
        assertNull(AllocDisagreement.of(withJmh(300, otherThreads, 314)));
        assertEquals(Tolerance.TIMING, AllocDisagreement.of(withJmh(300, otherThreads, 316)).tolerance());
        FigureDetail noPattern = new FigureDetail(100, true, 0, 0, null);
        assertEquals(Tolerance.TIMING, Tolerance.of(100, noPattern));
        assertEquals(Tolerance.CLEAN, Tolerance.of(100, new FigureDetail(100, false, 0, 0, null)));
    }

    @Test
    void jmhMayReadMoreByItsHarnessShareOfEachCall() {
        // 5 us a call in 200 ms iterations: 40,000 calls share JMH's 8 KiB of bookkeeping, 0.2 B each
        MethodResult slow = Results.pass("a.B#c", 0, Budget.NONE).withJmh(new JmhResult(5000, 10, "ns/op", "avgt",
                0.153, null, null, 200_000_000L), null, Duration.ZERO);
        assertEquals(40_000, slow.jmh().callsPerIteration(), 1e-6);
        assertNull(AllocDisagreement.of(slow));
        MethodResult fast = Results.pass("a.B#c", 0, Budget.NONE).withJmh(new JmhResult(50, 1, "ns/op", "avgt",
                0.153, null, null, 200_000_000L), null, Duration.ZERO);
        assertEquals(Tolerance.CLEAN, AllocDisagreement.of(fast).tolerance(), "4 million calls: 0.002 B each");
        MethodResult below = Results.pass("a.B#c", 1, Budget.NONE).withJmh(new JmhResult(5000, 10, "ns/op", "avgt",
                0.7, null, null, 200_000_000L), null, Duration.ZERO);
        assertEquals(Tolerance.CLEAN, AllocDisagreement.of(below).tolerance(), "the harness only adds");
        // bench/differential on JDK 25: a regex scan of 0.1 ms a call, 9,458 calls in 1 s iterations; JMH's excess
        // (0.734) lies below the 8 KiB bound's share (0.866): what remains is no disagreement
        MethodResult scan = Results.pass("a.B#c", 0, Budget.NONE).withJmh(new JmhResult(105_735.68, 3127, "ns/op",
                "avgt", 0.733668, null, null, 1_000_000_000L), null, Duration.ZERO);
        assertNull(AllocDisagreement.of(scan));
        MethodResult batch = Results.pass("a.B#c", 344, Budget.NONE).withJmh(new JmhResult(522_845.36, 2277, "ns/op",
                "avgt", 347.671549, null, null, 1_000_000_000L), null, Duration.ZERO);
        assertNull(AllocDisagreement.of(batch), "3.7 B over 1,913 calls, within their 4.3 B share");
        MethodResult throughput = Results.pass("a.B#c", 0, Budget.NONE).withJmh(new JmhResult(0.0002, 0, "ops/ns",
                "thrpt", 0.153, null, null, 200_000_000L), null, Duration.ZERO);
        assertEquals(40_000, throughput.jmh().callsPerIteration(), 1e-6);
        assertNull(AllocDisagreement.of(throughput));
    }

    @Test
    void withoutJmhsFigureThereIsNothingToCompare() {
        assertNull(AllocDisagreement.of(Results.pass("a.B#c", 16, Budget.NONE)));
        assertNull(AllocDisagreement.of(Results.pass("a.B#c", 16, Budget.NONE)
                .withJmh(new JmhResult(5, 1, "ns/op", "avgt", null), null, Duration.ZERO)));
    }

    private static MethodResult withJmh(double bytes, FigureDetail detail, double allocNorm) {
        return Results.measured("a.B#c", Results.figure(bytes, null, detail), Budget.NONE, null, List.of(),
                Duration.ZERO).withJmh(new JmhResult(5, 1, "ns/op", "avgt", allocNorm), null, Duration.ZERO);
    }

    private static MethodResult.Measured withJmh(double bytes, double allocNorm) {
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
