package dev.allocbudget.runner.measure;

import static dev.allocbudget.runner.measure.ReplayedWindows.Allocation.bySize;
import static dev.allocbudget.runner.measure.ReplayedWindows.Allocation.drifting;
import static dev.allocbudget.runner.measure.ReplayedWindows.Allocation.every;
import static dev.allocbudget.runner.measure.ReplayedWindows.Allocation.perCall;
import static dev.allocbudget.runner.measure.ReplayedWindows.Allocation.timingDependent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.runner.measure.ReplayedWindows.Allocation;
import dev.allocbudget.runner.measure.SteadyStateMeter.NotSettledException;
import dev.allocbudget.runner.measure.SteadyStateMeter.Settled;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The settle rule on replayed traces ({@link ReplayedWindows}): seconds of windows on the trace's clock, in
 * milliseconds. The figures in the comments follow from the rule's constants: windows double from 1 call, are
 * multiples of 840 from 840 on, and stop growing once the next would take 50 ms or allocate 4 MiB.
 */
class SteadyStateMeterTest {

    @Test
    void wholeBytesAndSimpleFractionsAreSimple() {
        assertTrue(SteadyStateMeter.isSimple(new Window(64_000, 0)));
        assertTrue(SteadyStateMeter.isSimple(new Window(64_000, 16 * 64_000L)));
        assertTrue(SteadyStateMeter.isSimple(new Window(64_000, 12 * 64_000L)), "24 B every other call");
        assertTrue(SteadyStateMeter.isSimple(new Window(64_000, 64_000L / 8)), "8 B every eighth call");
    }

    @Test
    void aFigureThatStraddledAJitTransitionIsNotSimple() {
        assertFalse(SteadyStateMeter.isSimple(new Window(64_000, 3_097_088)), "48.392 B/op");
    }

    // Exact figures

    @Test
    void aCleanMethodSettlesOnTheThirdAlikeWindowOfTheFullSize() throws Throwable {
        // 200 ns a call: windows of 1..512 calls, then 840..215,040 (43 ms; the next would take 86 ms)
        Settled s = settle(new ReplayedWindows(perCall(0), 200));
        assertEquals(new Window(215_040, 0), s.window());
        assertEquals(1023 + 840 * 255 + 3 * 215_040, s.totalOps(), "accepted on the third window of 215,040 calls");
        assertEquals(172, s.millis());
        assertFalse(s.amortized());
        assertEquals(0, s.period());
    }

    @Test
    void theTimeFloorHoldsBackTheFigureC2IsAboutToReplace() throws Throwable {
        // 20 ns a call; 40 B a call until C2 finishes at 140 ms, 24 B from then on. Windows stop at 4 MiB: 53,760
        // calls (2.15 MB) while 40 B, then 107,520 (2.6 MB); the call floor is passed after 4 ms
        ReplayedWindows trace = new ReplayedWindows(perCall(40).until(7_000_000, perCall(24)), 20).jitBusy(120, 140);
        Settled s = settle(trace);
        assertEquals(new Window(107_520, 24 * 107_520), s.window());
        assertTrue(s.millis() >= 150 && s.millis() < 153, "the first window (of 2.2 ms) to end past 150 ms: " + s);
    }

    @Test
    void theCallFloorHoldsBackTheFigureUntilTheLoopIsRecompiled() throws Throwable {
        // 2 us a call, windows of 13,440 calls (27 ms): 150 ms pass after 75,000 calls. The method reads 0 B until
        // C2 recompiles the measuring loop at 195,000 calls (390 ms) and inlines it: 24 B a call from then on
        ReplayedWindows trace = new ReplayedWindows(perCall(0).until(195_000, perCall(24)), 2_000).jitBusy(385, 395);
        Settled s = settle(trace);
        assertEquals(new Window(13_440, 24 * 13_440), s.window());
        assertTrue(s.totalOps() >= 200_000, s.toString());
        // without the relapse: the first window to end past 200,000 calls
        long clean = settle(new ReplayedWindows(perCall(0), 2_000)).totalOps();
        assertTrue(clean >= 200_000 && clean - 13_440 < 200_000, "accepted at " + clean);
    }

    @Test
    void aSlowMethodIsAcceptedAfterFourSecondsWithoutTheCallFloor() throws Throwable {
        // 25 us a call and 20,016 B (a byte[20000]): windows of 128 calls (2.6 MB, 3.2 ms); 200,000 calls take 5 s
        Settled s = settle(new ReplayedWindows(perCall(20_016), 25_000));
        assertEquals(new Window(128, 128 * 20_016), s.window());
        assertTrue(s.millis() >= 4_000 && s.millis() < 4_004, "the first window to end past 4 s: " + s);
        assertTrue(s.totalOps() < 200_000, s.toString());
        assertFalse(s.amortized());
    }

    @Test
    void aBusyJitDefersAcceptanceToTheNextQuietWindow() throws Throwable {
        // the clean method above, accepted on its 21st window (129-172 ms) when the JIT is quiet; here C2 compiles
        // during that window. Its figure still counts among the three alike: the 22nd is accepted, not the 23rd
        ReplayedWindows trace = new ReplayedWindows(perCall(0), 200).jitBusy(150, 160);
        Settled s = settle(trace);
        assertEquals(22, trace.ran().size());
        assertEquals(1023 + 840 * 255 + 4 * 215_040, s.totalOps());
        assertEquals(new Window(215_040, 0), s.window());
    }

    @Test
    void aFigureIsAcceptedOnItsThirdAlikeWindow() throws Throwable {
        // 1 us a call, windows of 26,880 calls (27 ms); C2 compiles for the first 400 ms, during which the windows
        // differ a little, and the method allocates 24 B a call exactly from then on
        ReplayedWindows trace = new ReplayedWindows(timingDependent(24).until(400_000, perCall(24)), 1_000)
                .jitBusy(0, 400);
        Settled s = settle(trace);
        assertEquals(new Window(26_880, 24 * 26_880), s.window());
        List<Window> ran = trace.ran();
        int last = ran.size() - 1;
        assertEquals(ran.get(last), ran.get(last - 1));
        assertEquals(ran.get(last), ran.get(last - 2));
        assertNotEquals(ran.get(last), ran.get(last - 3), "accepted on the third, not later");
    }

    // Means

    @Test
    void aBufferReplacedEvery5000CallsIsTheExactMeanWithItsPeriod() throws Throwable {
        Settled s = settle(new ReplayedWindows(every(5_000, 16_400), 20));
        assertTrue(s.amortized());
        assertEquals(5_000, s.period());
        assertEquals(16_400, s.periodBytes());
        assertEquals(16_400.0 / 5_000, s.window().bytesPerOp());
        assertEquals(0, s.window().ops() % 5_000, "a window of whole periods: " + s);
    }

    @Test
    void aBoxEvery11thCallIsTheExactMeanWithItsPeriod() throws Throwable {
        // no window of 840 * 2^k calls holds whole periods of 11: windows of one size differ by a box
        Settled s = settle(new ReplayedWindows(every(11, 24), 20));
        assertTrue(s.amortized());
        assertEquals(11, s.period());
        assertEquals(24, s.periodBytes());
        assertEquals(24.0 / 11, s.window().bytesPerOp());
    }

    @Test
    void windowsThatRepeatOnAFigureThatIsNoSimpleFractionAreAMeanWithItsPeriod() throws Throwable {
        // 80 B every 7th call: windows of 840 * 2^k calls hold whole periods and repeat, at 11.43 B/op
        Settled s = settle(new ReplayedWindows(every(7, 80), 20));
        assertTrue(s.amortized());
        assertEquals(7, s.period());
        assertEquals(80, s.periodBytes());
        assertEquals(80.0 / 7, s.window().bytesPerOp(), 1e-12);
    }

    @Test
    void aPeriodThatTheWindowsHoldRepeatsExactlyAndIsStillAMean() throws Throwable {
        // 80 B every 1,024th call: windows of 840 * 2^k calls hold whole periods from 107,520 (k = 7) on
        Settled s = settle(new ReplayedWindows(every(1_024, 80), 20));
        assertEquals(80.0 / 1_024, s.window().bytesPerOp());
        assertTrue(s.amortized(), "a fraction of a byte per call is a mean");
        assertEquals(0, s.period());
    }

    @Test
    void aPeriodWhoseWindowsTheJitDisturbsIsNoFigure() throws Throwable {
        // the buffer above; the JIT compiles during the first four of the period's windows, which leaves two of
        // the six the rule gives them: the span's mean stands
        ReplayedWindows undisturbed = new ReplayedWindows(every(5_000, 16_400), 20);
        settle(undisturbed);
        int before = undisturbed.ran().size() - 3; // the windows before the period's three
        ReplayedWindows trace = new ReplayedWindows(every(5_000, 16_400), 20)
                .jitBusyIn(w -> w > before && w <= before + 4);
        Settled s = settle(trace);
        assertTrue(s.amortized());
        assertEquals(0, s.period());
        assertEquals(before + 6, trace.ran().size());
        assertEquals(3.28, s.window().bytesPerOp(), 0.01);
    }

    @Test
    void aTimingDependentFigureIsTheMeanOverHalfASecondWithNoPeriod() throws Throwable {
        // 1 us a call and 360 B on average: windows of 6,720 calls (2.4 MB, 6.7 ms); 500 ms take 75 of them
        ReplayedWindows trace = new ReplayedWindows(timingDependent(360), 1_000);
        Settled s = settle(trace);
        assertTrue(s.amortized());
        assertEquals(0, s.period());
        assertEquals(0, s.periodBytes());
        assertEquals(75 * 6_720, s.window().ops());
        assertEquals(360, s.window().bytesPerOp(), 0.01);
        assertTrue(trace.singleCallsMade() > 0, "the probe looked for a period");
    }

    @Test
    void severalThreadsTakeTheMeanOverThreeSecondsAfterTwoOfWarmUpWithNoPeriod() throws Throwable {
        // 1 us a call, 76 B on average: windows of 53,760 calls (4 MiB at most), the span 3 s of them
        ReplayedWindows trace = new ReplayedWindows(timingDependent(76), 1_000).severalThreads();
        Settled s = settle(trace);
        assertTrue(s.amortized());
        assertEquals(0, s.period());
        assertEquals(0, trace.singleCallsMade(), "no period is looked for among calls of several threads");
        assertTrue(trace.millis() >= SteadyStateMeter.PARALLEL_MIN_MILLIS + SteadyStateMeter.PARALLEL_MEAN_MILLIS,
                "warm-up, then the span: " + trace.millis() + " ms");
        assertTrue(s.window().ops() * 1_000 / 1_000_000 >= SteadyStateMeter.PARALLEL_MEAN_MILLIS,
                "the mean is over 3 s of calls: " + s.window().ops());
        assertEquals(76, s.window().bytesPerOp(), 0.01);
    }

    @Test
    void severalThreadsWhoseWindowsAreAlikeForAWhileAreStillAMean() throws Throwable {
        // no race lost for 300 ms right after the warm-up (a core taken from the VM: exactly 48 B a call), then
        // races again: three alike windows are no exact figure with several threads, and the stretch does not hold
        // the mean back until it is outweighed: the figure is the span's mean, the stretch a tenth of it
        Allocation stretch = timingDependent(76).until(2_000_000, perCall(48)).until(2_300_000, timingDependent(76));
        ReplayedWindows trace = new ReplayedWindows(stretch, 1_000).severalThreads();
        Settled s = settle(trace);
        assertTrue(s.amortized(), "not an exact 48");
        assertEquals(76 - 28 * 0.1, s.window().bytesPerOp(), 0.6, "the races count: " + s.window().bytesPerOp());
        assertTrue(trace.millis() < 6_000, "settled on the first span: " + trace.millis() + " ms");
    }

    @Test
    void severalThreadsThatAllocateNothingReadExactlyZeroOverAWholeSpan() throws Throwable {
        ReplayedWindows trace = new ReplayedWindows(perCall(0), 200).severalThreads();
        Settled s = settle(trace);
        assertFalse(s.amortized());
        assertEquals(0, s.window().bytes());
        assertTrue(trace.millis() >= SteadyStateMeter.PARALLEL_MIN_MILLIS + SteadyStateMeter.PARALLEL_EXACT_MILLIS,
                "exact only when a whole second of windows is: " + trace.millis() + " ms");
    }

    @Test
    void windowsInWhichTheThreadsCouldNotRunAtOnceAreLeftOutOfAMean() throws Throwable {
        // every third window the machine was busy: the threads raced less, exactly 48 B a call; the figure is the
        // mean of the others, as on free cores
        ReplayedWindows trace = new ReplayedWindows(timingDependent(76), 1_000).severalThreads()
                .crowdedIn(w -> w % 3 == 0, perCall(48));
        Settled s = settle(trace);
        assertTrue(s.amortized());
        assertEquals(76, s.window().bytesPerOp(), 0.01);
    }

    @Test
    void aFigureThatIsAlikeInEveryWindowCrowdedOrNotIsExact() throws Throwable {
        // a method that allocates nothing however the threads meet: the busy machine changes nothing
        ReplayedWindows trace = new ReplayedWindows(perCall(0), 200).severalThreads()
                .crowdedIn(w -> w % 2 == 0, perCall(0));
        Settled s = settle(trace);
        assertFalse(s.amortized());
        assertEquals(0, s.window().bytes());
    }

    @Test
    void threadsThatNeverRunAtOnceGiveNoFigureAndSayWhy() {
        // on busy cores a copy-on-write loop still loses a race now and then: 48 B a call in most windows, more in
        // one in twenty; its windows differ, so it is no exact 48, and no window shows the threads racing freely
        ReplayedWindows trace = new ReplayedWindows(timingDependent(76), 1_000).severalThreads()
                .crowdedIn(w -> w > 20, (first, calls) -> 48 * calls + ((first / calls) % 20 == 0 ? 480 : 0));
        String message = notSettled(trace, 20_000);
        assertTrue(message.startsWith("the threads that call the method could not run at once: in "), message);
        assertTrue(message.contains("fewer than 1.6 cores on average (other processes were busy)"), message);
    }

    @Test
    void severalThreadsWhoseWindowsOnlyGrowAreALeak() {
        ReplayedWindows trace = new ReplayedWindows(drifting(400, 440, 1_000_000), 1_000).severalThreads();
        assertTrue(notSettled(trace, 20_000).startsWith("bytes/op grows without bound"));
    }

    @Test
    void aBusyJitRestartsTheCountOfUnequalWindows() throws Throwable {
        // the trace above with C2 compiling in every 6th window up to the 60th: no six quiet windows in a row until
        // the 66th, so the mean's span starts after it (the floors were met at the 42nd, 200,000 calls)
        ReplayedWindows trace = new ReplayedWindows(timingDependent(360), 1_000)
                .jitBusyIn(w -> w <= 60 && w % 6 == 0);
        Settled s = settle(trace);
        assertTrue(s.amortized());
        assertEquals(trace.callsIn(66), s.totalOps() - s.window().ops());
    }

    @Test
    void aMeanWaitsUntilTheHalvesOfItsSpanAgreeToOnePercent() throws Throwable {
        // 400 B a call until 300 ms, 380 B after: the span starts at 200 ms, and its first half holds the 400 B
        // windows until they weigh less than 1 % in it. They are a step of 15 windows, not noise: however long the
        // span, that puts its halves at least sqrt(15) standard errors apart, and the spread never settles it
        ReplayedWindows trace = new ReplayedWindows(timingDependent(400).until(300_000, timingDependent(380)), 1_000);
        Settled s = settle(trace);
        assertTrue(s.amortized());
        assertEquals(380, s.window().bytesPerOp(), 3.8);
        assertTrue(s.window().bytesPerOp() > 381, "the 400 B windows are part of the mean: " + s);
        List<Window> ran = trace.ran();
        List<Window> span = ran.subList(ran.size() - (int) (s.window().ops() / 6_720), ran.size());
        assertTrue(s.window().ops() > 75 * 6_720, "longer than 500 ms: " + s);
        assertTrue(halvesAgreeToOnePercent(span));
        assertFalse(halvesAgreeToOnePercent(span.subList(0, span.size() - 1)), "the first span that agrees");
    }

    @Test
    void noisyWindowsSettleOnTheFirstSpanWhenTheirHalvesDifferByChanceOnly() throws Throwable {
        // 7 us and 400 B a call, as an executor's submit-and-wait under load, each window up to 3 % more or less:
        // windows of 6,720 calls (47 ms), 11 of which fill 500 ms. The halves of that first span are 4.3 B (1.07 %)
        // apart, which the windows' spread makes 1.2 standard errors of their difference (3.4 B): it is taken (1 %
        // alone took 4 windows more on this trace; under load, with windows in phases, it can take seconds)
        ReplayedWindows trace = new ReplayedWindows(perCall(400).noisy(3), 7_000);
        Settled s = settle(trace);
        assertTrue(s.amortized());
        assertEquals(0, s.period());
        assertEquals(11 * 6_720, s.window().ops(), "the first span: " + s);
        List<Window> span = last(trace, 11);
        assertFalse(halvesAgreeToOnePercent(span), "the halves are over 1 % apart");
        assertTrue(halvesApart(span) < MeanError.ofDifference(span) * 1.5, "and under 1.5 standard errors");
        assertTrue(s.meanError() > 0, "the standard error of the mean, from the windows' spread: " + s);
        assertEquals(400, s.window().bytesPerOp(), 3 * s.meanError());
    }

    @Test
    void windowsThatDriftAreNoNoiseAndWaitForOnePercent() throws Throwable {
        // a cache that warms up: 440 B a call falling steadily to 400 over 1 s (1 us a call), each window also up to
        // 2 % more or less. The first span's halves are 9.7 B apart, 8 standard errors of their difference: the
        // drift is no noise, and the span grows until its halves agree to 1 %, as they had to before (7.4 s)
        ReplayedWindows trace = new ReplayedWindows(drifting(440, 400, 1_000_000).until(1_000_000, perCall(400))
                .noisy(2), 1_000);
        Settled s = settle(trace);
        List<Window> span = last(trace, (int) (s.window().ops() / 6_720));
        List<Window> first = span.subList(0, 75);
        assertTrue(halvesApart(first) > 8 * MeanError.ofDifference(first), "the first span (500 ms): " + s);
        assertTrue(halvesAgreeToOnePercent(span), "taken by 1 %, not by the spread: " + s);
        assertFalse(halvesAgreeToOnePercent(span.subList(0, span.size() - 1)), "on the first span that agrees");
        assertTrue(s.millis() > 7_000, s.toString());
    }

    @Test
    void aLeakWhoseWindowsAreNoisyIsNoMean() {
        // each call allocates a little more than the last (0.5 B/op more every window of 6,720 calls, 1 us a
        // call), and windows differ by up to 2 %: they do not all grow, so it is no leak by that test, but the
        // halves drift further apart the longer the span, in bytes and in standard errors: no figure
        ReplayedWindows trace = new ReplayedWindows(drifting(400, 400.5, 6_720).noisy(2), 1_000);
        String message = notSettled(trace, 3_000);
        assertTrue(message.startsWith("bytes/op did not settle within 3000 ms"), message);
    }

    @Test
    void aSpanRestartsWhenTheJitCompilesInsideIt() throws Throwable {
        // 20 ns a call, windows of 107,520 calls (2.15 ms). C2 sits on code that reads 23.086 B/op, the same in
        // every window, then finishes at 300 ms, inside the mean's span: 24 B a call from then on
        ReplayedWindows trace = new ReplayedWindows(bySize(23.086).until(15_000_000, perCall(24)), 20)
                .jitBusy(295, 305);
        Settled s = settle(trace);
        assertEquals(new Window(233 * 107_520, 24 * 233 * 107_520L), s.window(), "500 ms of windows after C2");
        assertFalse(s.amortized());
        assertEquals(0, trace.singleCallsMade(), "every window of the quiet span alike: no period to look for");
    }

    @Test
    void aSpanThatDifferedByOneTransitionIsExactThroughAPeriodOfOneCall() throws Throwable {
        // as above, but this JVM does not time its compilations (every window reads quiet), and the method reads
        // 24 B/op from 152 ms on, inside the span's first window. Single calls read 24: a period of one call, whose
        // windows agree with the span's mean within what its spread allows; every call alike, so exact
        ReplayedWindows trace = new ReplayedWindows(bySize(23.086).until(7_600_000, perCall(24)), 20);
        Settled s = settle(trace);
        assertFalse(s.amortized());
        assertEquals(0, s.period());
        assertEquals(new Window(1_250_000, 24 * 1_250_000), s.window(), "a window of the period's size (25 ms)");
    }

    @Test
    void aRepeatingFigureThatIsNoSimpleFractionIsTakenAsAMean() throws Throwable {
        // 48.392 B/op in every window of 53,760 calls (1 ms); single calls read 48, a period of 1, whose windows
        // (1,250,000 calls, 25 ms) repeat at 48.392 again and so disagree with it: the span's mean stands
        ReplayedWindows trace = new ReplayedWindows(bySize(48.392), 20);
        Settled s = settle(trace);
        assertTrue(s.amortized());
        assertEquals(0, s.period());
        assertEquals(48.392, s.window().bytesPerOp(), 1e-4);
        assertEquals(466 * 53_760, s.window().ops(), "the span (500 ms), not one window");
        assertTrue(trace.ran().contains(new Window(1_250_000, 60_490_000)), "the period's windows were tried");
    }

    @Test
    void aPeriodOnlyTheSingleCallsShowIsNoFigure() throws Throwable {
        // the one-call path runs other code: its calls allocate 24 B every 11th, the windows' depend on timing
        ReplayedWindows trace = new ReplayedWindows(timingDependent(360), 1_000)
                .singleCalls(call -> (call + 1) % 11 == 0 ? 24 : 0);
        Settled s = settle(trace);
        assertTrue(s.amortized());
        assertEquals(0, s.period());
        assertEquals(75 * 6_720, s.window().ops(), "the span's mean");
        assertEquals(6, trace.ran().stream().filter(w -> w.ops() == 25_003).count(), "six windows of 2,273 periods");
    }

    @Test
    void aSlowMeanSpansAtLeastEightWindows() throws Throwable {
        // 100 ms a call: windows of one call, five of which fill 500 ms
        ReplayedWindows trace = new ReplayedWindows(timingDependent(200_016), 100_000_000);
        Settled s = settle(trace, 60_000);
        assertTrue(s.amortized());
        assertEquals(8, s.window().ops());
    }

    // No figure

    @Test
    void aLeakGrowsWithoutBound() {
        // 5 us a call, windows of 1,680 calls
        ReplayedWindows trace = new ReplayedWindows(aGrowingLog(), 5_000);
        String message = notSettled(trace, 20_000);
        assertTrue(message.startsWith("bytes/op grows without bound: each window allocated more than the last ("),
                message);
        List<Window> ran = trace.ran();
        assertTrue(message.endsWith(", " + ran.get(ran.size() - 1) + ")"), message);
        assertTrue(trace.millis() < 2_000, "told by the first span, long before the limit: " + trace.millis());
    }

    @Test
    void aLeakStillGrowingAtTheLimitIsReportedAsGrowing() {
        // the leak above with C2 compiling in every third window: never six quiet ones, so no span; the limit
        ReplayedWindows trace = new ReplayedWindows(aGrowingLog(), 5_000).jitBusyIn(w -> w % 3 == 0);
        String message = notSettled(trace, 2_000);
        assertEquals("bytes/op grows without bound: each window allocated more than the last (" + lastSix(trace)
                + ")", message);
    }

    @Test
    void aFigureThatDoesNotSettleInTimeIsReportedWithItsLastSixWindows() {
        // timing-dependent, and C2 compiles in every third window: neither three alike nor six quiet in a row
        ReplayedWindows trace = new ReplayedWindows(timingDependent(360), 100).jitBusyIn(w -> w % 3 == 0);
        String message = notSettled(trace, 2_000);
        assertEquals("bytes/op did not settle within 2000 ms (" + trace.callsIn(trace.ran().size())
                + " calls); last windows: " + lastSix(trace), message);
    }

    @Test
    void aMethodOfOverTenMillisecondsACallIsToldToMeasureLess() {
        // 12 ms a call: windows of 4 calls; the slow floor (4 s) lies beyond the limit
        String message = notSettled(new ReplayedWindows(perCall(0), 12_000_000), 2_000);
        assertEquals("bytes/op did not settle within 2000 ms (167 calls); last windows: 0 B / 4 calls, 0 B / 4 calls,"
                + " 0 B / 4 calls, 0 B / 4 calls, 0 B / 4 calls, 0 B / 4 calls; a call takes about 12 ms, too slow to"
                + " settle: measure a smaller unit of work (a budget method of at most 10 ms a call), or raise"
                + " allocbudget.settleTimeoutSeconds", message);
    }

    /** Call i copies a log of i characters: 40 + i bytes, each window more than the last. */
    private static Allocation aGrowingLog() {
        return (first, calls) -> 40 * calls + calls * first + calls * (calls - 1) / 2;
    }

    private static Settled settle(ReplayedWindows trace) throws Throwable {
        return settle(trace, 20_000);
    }

    private static Settled settle(ReplayedWindows trace, long limitMillis) throws Throwable {
        return new SteadyStateMeter(limitMillis, trace, trace::nanoTime).measure();
    }

    private static String notSettled(ReplayedWindows trace, long limitMillis) {
        return assertThrows(NotSettledException.class, () -> settle(trace, limitMillis)).getMessage();
    }

    private static String lastSix(ReplayedWindows trace) {
        List<Window> ran = trace.ran();
        return ran.subList(ran.size() - 6, ran.size()).stream().map(Window::toString).collect(Collectors.joining(", "));
    }

    /** The rule's test for a mean, written out: the means of the first and second half within 1 % (or 0.05 B). */
    private static boolean halvesAgreeToOnePercent(List<Window> span) {
        double first = mean(span.subList(0, span.size() / 2));
        double second = mean(span.subList(span.size() / 2, span.size()));
        return Math.abs(first - second) <= Math.max(0.05, 0.01 * Math.max(first, second));
    }

    /** How far apart the means per call of the first and second half of {@code span} are. */
    private static double halvesApart(List<Window> span) {
        return Math.abs(mean(span.subList(0, span.size() / 2)) - mean(span.subList(span.size() / 2, span.size())));
    }

    /** The last {@code count} windows the trace ran. */
    private static List<Window> last(ReplayedWindows trace, int count) {
        List<Window> ran = trace.ran();
        return ran.subList(ran.size() - count, ran.size());
    }

    private static double mean(List<Window> windows) {
        return (double) windows.stream().mapToLong(Window::bytes).sum() / windows.stream().mapToLong(Window::ops).sum();
    }
}
