package dev.allocbudget.runner;

import dev.allocbudget.runner.protocol.MethodId;
import dev.allocbudget.runner.protocol.MeasureCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.runner.protocol.Event;
import dev.allocbudget.runner.protocol.EventReader;
import dev.allocbudget.runner.uneven.Uneven;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The settle rule on methods that are not clean, each measured in a real fork as the plugin runs it. */
class UnevenForkTest {
    private static final String CLASS = Uneven.class.getName() + "#";

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
    void aSlowMethodSettlesOnEqualWindowsOfFewCalls() throws Exception {
        Event.Result r = result("slow2ms");
        assertEquals(20_016.0, r.bytesPerOp());
        assertFalse(r.amortized());
        assertTrue(r.totalOps() < 10_000, "no 200,000-call floor: " + r.totalOps());
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
        assertTrue(events.stream().noneMatch(Event.Lingering.class::isInstance), events.toString());
    }

    @Test
    void allocationThatGrowsEveryCallIsNoFigure() throws Exception {
        List<Event> events = fork(List.of(), CLASS + "growing", 5_000);
        Event.Unsettled unsettled = events.stream().filter(Event.Unsettled.class::isInstance)
                .map(Event.Unsettled.class::cast).findFirst().orElseThrow(() -> new AssertionError(events));
        assertTrue(unsettled.reason().startsWith("bytes/op grows without bound: each window allocated more than the"
                + " last ("), unsettled.reason());
    }

    private static Event.Result result(String method) throws Exception {
        return result(List.of(), method);
    }

    private static Event.Result result(List<String> flags, String method) throws Exception {
        return result(flags, MeasureCommand.Threads.ALL, method);
    }

    private static Event.Result result(List<String> flags, MeasureCommand.Threads threads, String method)
            throws Exception {
        List<Event> events = fork(flags, threads, CLASS + method, 20_000);
        return events.stream().filter(Event.Result.class::isInstance).map(Event.Result.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError(method + ": " + events));
    }

    /** {@code ForkedMain measure} in a JVM of its own, with the flags the plugin gives its forks. */
    private static List<Event> fork(List<String> flags, String id, long limitMillis) throws Exception {
        return fork(flags, MeasureCommand.Threads.ALL, id, limitMillis);
    }

    private static List<Event> fork(List<String> flags, MeasureCommand.Threads threads, String id, long limitMillis)
            throws Exception {
        Path events = Files.createTempFile("uneven", ".events");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(ForkedMain.JVM_FLAGS);
        command.addAll(flags);
        command.addAll(List.of("-cp", String.join(File.pathSeparator, codeSource(Uneven.class),
                codeSource(ForkedMain.class), codeSource(AllocationBudget.class)),
                ForkedMain.class.getName(), "measure", events.toString(), new MeasureCommand(MethodId.parse(id),
                        limitMillis, MeasureCommand.Counting.NONE, threads).encode()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertEquals(0, process.waitFor(), "fork exit code");
        List<Event> written = EventReader.read(events);
        Files.delete(events);
        return written;
    }

    private static String codeSource(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
