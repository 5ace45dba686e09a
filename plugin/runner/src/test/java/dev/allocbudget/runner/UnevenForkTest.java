package dev.allocbudget.runner;

import static dev.allocbudget.runner.UnevenForks.CLASS;
import static dev.allocbudget.runner.UnevenForks.fork;
import static dev.allocbudget.runner.UnevenForks.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.runner.protocol.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The settle rule on methods that are not clean (periods, slow calls, growth), each measured in a real fork as the
 * plugin runs it. Work on other threads: {@link OtherThreadsForkTest}.
 */
class UnevenForkTest {
    @Test
    void aPeriodThatNoWindowDividesGivesTheExactMeanAndThePeriod() throws Exception {
        for (int period : new int[] {11, 13, 5000}) {
            Event.Result r = result("every" + period);
            assertTrue(r.amortized(), "every" + period);
            assertEquals(period, r.period(), "every" + period);
            assertEquals(80, r.periodBytes(), "every" + period);
            assertEquals(80.0 / period, r.bytesPerOp(), 1e-12, "every" + period);
        }
    }

    @Test
    void aPeriodThatWindowsDivideRepeatsExactlyAndIsStillAMean() throws Exception {
        Event.Result r = result("every1024"); // windows of 840 * 2^k calls hold whole periods once k >= 7
        assertEquals(80.0 / 1024, r.bytesPerOp(), 1e-12);
        assertTrue(r.amortized(), "a fraction of a byte per call is a mean");
    }

    @Test
    void cleanMethodsStayExactAndAreNoMeans() throws Exception {
        Event.Result nothing = result("nothing");
        assertEquals(0, nothing.bytesInWindow());
        assertFalse(nothing.amortized());
        Event.Result boxed = result("boxed");
        assertEquals(16.0, boxed.bytesPerOp());
        assertFalse(boxed.amortized());
        assertEquals(boxed.bytesInWindow(), boxed.callerBytes());
    }

    @Test
    void aSlowMethodSettlesOnEqualWindowsOfFewCalls() throws Exception {
        Event.Result r = result("slow2ms");
        assertEquals(20_016.0, r.bytesPerOp());
        assertFalse(r.amortized());
        assertTrue(r.totalOps() < 10_000, "no 200,000-call floor: " + r.totalOps());
    }

    @Test
    void allocationThatGrowsEveryCallIsNoFigure() throws Exception {
        List<Event> events = fork(List.of(), CLASS + "growing", 5_000);
        Event.Unsettled unsettled = events.stream().filter(Event.Unsettled.class::isInstance)
                .map(Event.Unsettled.class::cast).findFirst().orElseThrow(() -> new AssertionError(events));
        assertTrue(unsettled.reason().startsWith("bytes/op grows without bound: each window allocated more than the"
                + " last ("), unsettled.reason());
    }
}
