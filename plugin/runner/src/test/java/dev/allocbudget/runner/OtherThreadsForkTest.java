package dev.allocbudget.runner;

import static dev.allocbudget.runner.UnevenForks.CLASS;
import static dev.allocbudget.runner.UnevenForks.fork;
import static dev.allocbudget.runner.UnevenForks.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.runner.protocol.Event;
import dev.allocbudget.runner.protocol.MeasureCommand;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Allocation on other threads than the caller's (an executor, a parallel stream, a thread that goes on after the
 * calls), each measured in a real fork as the plugin runs it. A class of its own, so that its forks, the slowest to
 * settle, run beside the rest of the module's tests (two test JVMs, plugin/runner/pom.xml).
 */
class OtherThreadsForkTest {
    @Test
    void workOnAnotherThreadCountsAndIsSplitFromTheCallers() throws Exception {
        Event.Result r = result("executor");
        double others = r.bytesPerOp() - r.callerBytesPerOp();
        assertTrue(others >= 272, "the worker's byte[256] at least: " + others);
        assertTrue(r.callerBytesPerOp() > 0 && r.callerBytesPerOp() < others, "the caller's task and queue node");
    }

    @Test
    void theCallerAloneWhenAsked() throws Exception {
        Event.Result r = result(List.of(), MeasureCommand.Threads.CALLER, "executor");
        assertEquals(r.bytesInWindow(), r.callerBytes());
        assertTrue(r.bytesPerOp() < 272, "the worker's array is not counted: " + r.bytesPerOp());
    }

    @Test
    void withoutAWholeJvmCounterTheLiveThreadsAreSummed() throws Exception {
        Event.Result r = result(List.of("-Dallocbudget.sumLiveThreads=true"), "executor");
        assertTrue(r.bytesPerOp() - r.callerBytesPerOp() >= 272, "the live worker is counted: " + r);
    }

    @Test
    void aParallelStreamCountsEveryWorker() throws Exception {
        Event.Result r = result("parallelStream");
        assertTrue(r.bytesPerOp() >= 64 * 48, "64 byte[32] wherever they were made: " + r.bytesPerOp());
    }

    @Test
    void aThreadThatGoesOnAllocatingIsCountedAndNamed() throws Exception {
        List<Event> events = fork(List.of(), CLASS + "startsATicker", 20_000);
        assertTrue(events.stream().anyMatch(e -> e instanceof Event.Result r && r.bytesInWindow() > r.callerBytes()),
                "the ticker's arrays count: " + events);
        assertTrue(events.stream().anyMatch(e -> e instanceof Event.Lingering l
                && l.threads().startsWith("uneven-ticker (")),
                "the ticker is named: " + events);
    }

    @Test
    void workThatEndsWithTheCallLeavesNoWarning() throws Exception {
        List<Event> events = fork(List.of(), CLASS + "executor", 20_000);
        // threads are looked at once there is a figure: without one, this test would see nothing
        assertTrue(events.stream().anyMatch(Event.Result.class::isInstance), "a figure: " + events);
        assertTrue(events.stream().noneMatch(Event.Lingering.class::isInstance), events.toString());
    }
}
