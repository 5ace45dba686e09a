package dev.allocbudget.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.allocbudget.core.model.BaselineComparison;
import dev.allocbudget.core.model.BaselineEntry;
import dev.allocbudget.core.model.Breach;
import dev.allocbudget.core.model.Budget;
import dev.allocbudget.core.model.CompileOrder;
import dev.allocbudget.core.model.Figure;
import dev.allocbudget.core.model.FigureDetail;
import dev.allocbudget.core.model.ForkFailure;
import dev.allocbudget.core.model.Improvement;
import dev.allocbudget.core.model.OtherCompilation;
import dev.allocbudget.core.model.JmhFailure;
import dev.allocbudget.core.model.JmhResult;
import dev.allocbudget.core.model.LimitKind;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.MethodResult.Measured;
import dev.allocbudget.core.model.NotCompared;
import dev.allocbudget.core.model.ObjectCount;
import dev.allocbudget.core.model.Problem;
import dev.allocbudget.core.model.Quantity;
import dev.allocbudget.core.model.Verdict;
import dev.allocbudget.core.model.TimeComparison;
import dev.allocbudget.runner.protocol.MethodId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The messages, written from the typed outcome: the sentences users have always read. */
class ResultTextTest {
    private static final MethodId ID = MethodId.parse("a.B#c");

    private static Figure bytes(double b) {
        return new Figure(b, null, null);
    }

    private static Figure counted(double b, double objects) {
        return new Figure(b, new ObjectCount(objects, null, List.of(), "jvmti-agent"), null);
    }

    private static Measured measured(Figure shown, List<Figure> forks, BaselineComparison comparison,
            List<Breach> breaches, List<Improvement> improvements) {
        return new Measured(ID, Budget.NONE, shown, forks, comparison, breaches, improvements, null, Duration.ZERO);
    }

    private static Breach breach(Quantity q, double figure, double limit, double tolerance, LimitKind against) {
        return new Breach(q, figure, limit, tolerance, against);
    }

    @Test
    void aBudgetBreachNamesFigureAndBudgetAndTheForksWhenTheyDisagreed() {
        Measured r = measured(bytes(96), List.of(bytes(104), bytes(96)), null,
                List.of(breach(Quantity.BYTES, 96, 64, 0, LimitKind.BUDGET)), List.of());
        assertEquals("a.B#c: bytes/op is 96, but budget is 64 (forks measured 104 B, 96 B)", ResultText.withId(r));
        assertEquals("bytes/op is 96, but budget is 64 (forks measured 104 B, 96 B)", ResultText.message(r));
    }

    @Test
    void aPassSaysNothingUnlessItWonByMajorityOrImproved() {
        assertNull(ResultText.withId(measured(bytes(64), List.of(bytes(64)), null, List.of(), List.of())));
        assertEquals("a.B#c: passed by majority (forks measured 96 B, 48 B, 48 B)", ResultText.withId(
                measured(bytes(48), List.of(bytes(96), bytes(48), bytes(48)), null, List.of(), List.of())));
        Measured improved = measured(counted(24, 1), List.of(counted(24, 1), counted(16, 1)), null, List.of(),
                List.of(new Improvement(Quantity.BYTES, 24, 32, LimitKind.BASELINE)));
        assertEquals("a.B#c: bytes/op is 24, below baseline 32 (-8 B, -25%) (forks measured 24 B/1 obj, 16 B/1 obj)",
                ResultText.withId(improved));
    }

    @Test
    void twoCompilationsAreNamedInTheFailureAndAnOrderNotMeasuredEvenInAPass() {
        Measured fails = measured(bytes(88), List.of(bytes(88), bytes(88)), null,
                List.of(breach(Quantity.BYTES, 88, 72, 0, LimitKind.BUDGET)), List.of())
                .withOther(new OtherCompilation(CompileOrder.METHOD_FIRST, 64.0, null));
        assertEquals("a.B#c: bytes/op is 88, but budget is 72; two compilations: 88 B/op with the callees"
                + " compiled first, 64 B/op with the method compiled first; the larger decides", ResultText.withId(fails));
        assertEquals("also 64 B/op with the method compiled first", FigureText.otherOrder(fails));
        Measured same = measured(bytes(64), List.of(bytes(64)), null, List.of(), List.of())
                .withOther(new OtherCompilation(CompileOrder.METHOD_FIRST, 64.0, null));
        assertNull(ResultText.withId(same));
        assertNull(FigureText.otherOrder(same));
        Measured unmeasured = measured(bytes(64), List.of(bytes(64)), null, List.of(), List.of())
                .withOther(new OtherCompilation(CompileOrder.METHOD_FIRST, null, new Problem.Refused("it hung")));
        assertEquals("a.B#c: not measured with the method compiled first, so only the figure with the callees"
                + " compiled first counts: it hung", ResultText.withId(unmeasured));
        assertEquals("not measured with the method compiled first", FigureText.otherOrder(unmeasured));
    }

    @Test
    void regressionsFromTheBaselineShowTheDeltaAndTheTolerance() {
        Measured r = measured(counted(48, 2), List.of(counted(48, 2), counted(48, 2)), null, List.of(
                breach(Quantity.BYTES, 48, 32, 0, LimitKind.BASELINE),
                breach(Quantity.OBJECTS, 2, 1, 0, LimitKind.BASELINE)), List.of());
        assertEquals("a.B#c: bytes/op is 48, but baseline is 32 (+16 B, +50%); objects/op is 2, but baseline is 1",
                ResultText.withId(r));
        Measured tolerated = measured(bytes(105.5), List.of(bytes(105.5), bytes(105.5)), null,
                List.of(breach(Quantity.BYTES, 105.5, 100, 5, LimitKind.BASELINE)), List.of());
        assertEquals("a.B#c: bytes/op is 105.5, but baseline is 100 (+5.5 B, +5.5%; tolerance 5%)",
                ResultText.withId(tolerated));
        Measured both = measured(bytes(48), List.of(bytes(48), bytes(48)), null, List.of(
                breach(Quantity.BYTES, 48, 40, 0, LimitKind.BUDGET),
                breach(Quantity.BYTES, 48, 32, 0, LimitKind.BASELINE)), List.of());
        assertEquals("a.B#c: bytes/op is 48, but budget is 40; bytes/op is 48, but baseline is 32 (+16 B, +50%)",
                ResultText.withId(both));
    }

    @Test
    void againstAReferenceTheMessagesNameIt() {
        BaselineComparison regressed = new BaselineComparison(BaselineComparison.Status.REGRESSED,
                new BaselineEntry(32, 1.0, null), "1.4.0", null);
        Measured r = measured(counted(48, 2), List.of(counted(48, 2), counted(48, 2)), regressed, List.of(
                breach(Quantity.BYTES, 48, 32, 0, LimitKind.REFERENCE),
                breach(Quantity.OBJECTS, 2, 1, 0, LimitKind.REFERENCE)), List.of());
        assertEquals("a.B#c: bytes/op is 48, but the reference 1.4.0 allocates 32 (+16 B, +50%); objects/op is 2, but"
                + " the reference 1.4.0 allocates 1", ResultText.withId(r));
        BaselineComparison improved = new BaselineComparison(BaselineComparison.Status.IMPROVED,
                new BaselineEntry(24, null, null), "1.4.0", null);
        Measured less = measured(bytes(0), List.of(bytes(0), bytes(0)), improved, List.of(),
                List.of(new Improvement(Quantity.BYTES, 0, 24, LimitKind.REFERENCE)));
        assertEquals("a.B#c: bytes/op is 0, below the reference 1.4.0's 24 (-24 B, -100%)", ResultText.withId(less));
    }

    @Test
    void aMeanAndWorkOnOtherThreadsAreNotedOnAFailure() {
        Figure mean = new Figure(28, null, new FigureDetail(4, true, 5000, 140_000, null));
        Measured r = new Measured(ID, new Budget(8L, null), mean, List.of(mean, mean), null,
                List.of(breach(Quantity.BYTES, 28, 8, 0, LimitKind.BUDGET)), List.of(), null, Duration.ZERO);
        assertEquals("a.B#c: bytes/op is 28, but budget is 8 (a mean per call: 140,000 B every 5,000 calls); most of"
                + " it, 24 of 28 B/op, was allocated on other threads (the sites name them)", ResultText.withId(r));
    }

    @Test
    void theTimeGateAddsItsVerdictAfterTheAllocationsOrStandsAlone() {
        TimeComparison slower = new TimeComparison("1.4.0", 10, 1.31, 1.22, 1.40, 100, 131, true, null);
        JmhResult jmh = new JmhResult(131, Double.NaN, "ns/op", "avgt", 0.0, slower);
        Breach time = breach(Quantity.TIME, 1.31, 1, 10, LimitKind.REFERENCE);
        Measured timeOnly = measured(bytes(0), List.of(bytes(0)), null, List.of(), List.of()).withJmh(jmh, time,
                Duration.ZERO);
        assertEquals("a.B#c: time is 1.31x the reference 1.4.0 (95% CI 1.22-1.40x, 10 fork pairs), beyond the 10%"
                + " tolerance", ResultText.withId(timeOnly));
        Measured overBudget = new Measured(ID, new Budget(0L, null), bytes(32), List.of(bytes(32), bytes(32)), null,
                List.of(breach(Quantity.BYTES, 32, 0, 0, LimitKind.BUDGET)), List.of(), null, Duration.ZERO)
                .withJmh(jmh, time, Duration.ZERO);
        assertEquals("a.B#c: bytes/op is 32, but budget is 0; time is 1.31x the reference 1.4.0 (95% CI 1.22-1.40x,"
                + " 10 fork pairs), beyond the 10% tolerance", ResultText.withId(overBudget));
        assertEquals("not compared with the reference 1.4.0: NoSuchMethodError: Codec.encode()",
                FigureText.comparison(TimeComparison.notCompared("1.4.0", "NoSuchMethodError: Codec.encode()")));
    }

    @Test
    void aMethodNotMeasuredSaysWhyWithTheForksOutputAndLogs() {
        ForkFailure timedOut = new ForkFailure(ForkFailure.Kind.TIMED_OUT, -1, Duration.ofSeconds(120), null,
                "\nlast lines of its stderr:\nboom", "target/allocbudget/forks/fork-003-measure.*");
        assertEquals("a.B#c: the forked JVM did not finish within 120 s and was killed (raise"
                + " -Dallocbudget.forkTimeoutSeconds if the method is just slow)\nlast lines of its stderr:\nboom\n"
                + "fork logs: target/allocbudget/forks/fork-003-measure.*", ResultText.withId(
                new MethodResult.NotMeasured(ID, Budget.NONE, new Problem.ForkFailed(timedOut), Duration.ZERO)));
        ForkFailure exited = new ForkFailure(ForkFailure.Kind.EXITED, 3, Duration.ofSeconds(120), null, "", "f.*");
        assertEquals("the forked JVM exited with code 3 before reporting\nfork logs: f.*",
                ProblemText.of(new Problem.ForkFailed(exited)));
        assertEquals("a.B#c: method is static", ResultText.withId(new MethodResult.NotMeasured(ID, Budget.NONE,
                new Problem.Refused("method is static"), Duration.ZERO)));
        assertEquals("the forked JVM reported no figure", ProblemText.of(new Problem.NoFigure("f.*")));
    }

    @Test
    void anObjectsBudgetWithoutACountAndAJmhFailureAreErrorsThatSayWhy() {
        Figure uncounted = new Figure(16, ObjectCount.unavailable(new ObjectCount.Uncounted.JfrUntrusted(3, null,
                24.0, 16)), null);
        Measured objects = new Measured(ID, new Budget(null, 1L), uncounted, List.of(uncounted), null, List.of(),
                List.of(), null, Duration.ZERO);
        assertEquals("a.B#c: the objects budget cannot be checked: counted with JFR (the pure-Java fallback), but no"
                + " count could be trusted in 3 forks: the JIT diverged: the JFR fork settled on 24 B/op, the"
                + " measuring fork on 16", ResultText.withId(objects));
        Measured pass = measured(bytes(16), List.of(bytes(16)), null, List.of(), List.of());
        assertEquals("a.B#c: JMH could not be prepared: javac failed", ResultText.withId(pass.withJmh(
                new JmhFailure(false, new Problem.Failed("javac failed"), true), null, Duration.ZERO)));
        assertEquals("a.B#c: JMH gave no result for it: the JMH run reported no row for it (see f.*)",
                ResultText.withId(pass.withJmh(new JmhFailure(true, new Problem.NoFigure("f.*"), true), null,
                        Duration.ZERO)));
        assertEquals("a.B#c: JMH gave no result for it: it reported no row for it", ResultText.withId(pass.withJmh(
                new JmhFailure(true, null, true), null, Duration.ZERO)));
    }

    @Test
    void outsideTheTimeGateAMethodJmhCannotRunKeepsTheChecksVerdict() {
        Measured pass = measured(bytes(16), List.of(bytes(16)), null, List.of(), List.of());
        JmhFailure failure = new JmhFailure(true, new Problem.Failed("the benchmark threw"), false);
        MethodResult withoutJmh = pass.withJmh(failure, null, Duration.ZERO);
        assertEquals(Verdict.PASS, withoutJmh.verdict());
        assertEquals("a.B#c: JMH gave no result for it: the benchmark threw. Its verdict is the check's figure alone.",
                ConsoleText.jmhFailed(withoutJmh.id(), failure));
        assertEquals("[jmh 1/1] a.B#c  no JMH figures", ConsoleText.jmhLine(1, 1, withoutJmh, Duration.ZERO));
        assertEquals(Verdict.ERROR, pass.withJmh(new JmhFailure(true, null, true), null, Duration.ZERO).verdict());
    }

    @Test
    void whyTheReferenceWasNotComparedIsWrittenFromItsData() {
        assertEquals("the reference's figures differ from fork to fork: 32 B/op, none, 48 B/op", ProblemText.of(
                new NotCompared.Inconsistent(java.util.Arrays.asList(32.0, null, 48.0))));
        assertEquals("the reference cannot run it: NoSuchMethodError", ProblemText.of(
                new NotCompared.CannotRun(new Problem.Failed("NoSuchMethodError"))));
    }
}
