package dev.allocbudget.runner;

import static dev.allocbudget.runner.UnevenForks.fork;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.allocbudget.runner.parallel.Contended;
import dev.allocbudget.runner.protocol.Event;
import dev.allocbudget.runner.protocol.MeasureCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Methods called by several threads at once ({@code threads = N}), each measured in a real fork as the plugin runs
 * it: a compare-and-set loop that copies allocates more than alone, shared and per-thread state that allocate
 * nothing read exactly 0, and each thread's share adds up to the window.
 */
class ParallelCallsForkTest {
    private static final String CLASS = Contended.class.getName() + "#";

    private static Event.Result result(String method, int callers) throws Exception {
        List<Event> events = events(method, callers, MeasureCommand.Counting.NONE);
        return events.stream().filter(Event.Result.class::isInstance).map(Event.Result.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError(method + ": " + events));
    }

    private static List<Event> events(String method, int callers, MeasureCommand.Counting counting)
            throws Exception {
        List<String> flags = counting == MeasureCommand.Counting.AGENT ? List.of("-agentpath:" + agent()) : List.of();
        return fork(flags, MeasureCommand.Threads.ALL, CLASS + method, 20_000, callers, counting);
    }

    /** The native object counter, where this platform builds it (CI requires it: see JmhForkTest). */
    private static Path agent() {
        Path agent = JmhFixtures.codeSource(ForkedMain.class)
                .resolve("dev/allocbudget/runner/native/linux-x86_64/liballocbudget.so");
        boolean built = Files.isRegularFile(agent);
        assertTrue(built || System.getenv("ALLOCBUDGET_REQUIRE_NATIVE_AGENT") == null,
                "ALLOCBUDGET_REQUIRE_NATIVE_AGENT is set, but the native object counter is not built");
        assumeTrue(built, "the native object counter is built on Linux x86-64 only");
        return agent;
    }

    @Test
    void aCompareAndSetLoopThatCopiesAllocatesMoreUnderContention() throws Exception {
        Event.Result alone = result("copyOnWrite", 1);
        assertEquals(48.0, alone.bytesPerOp(), "one long[4] a call, alone: " + alone);
        assertTrue(alone.perThread().isEmpty(), "one thread has no breakdown");
        Event.Result four = result("copyOnWrite", 4);
        // every lost race copies once more: above the one-thread figure by whole copies, as JMH -t 4 reads 74-78
        assertTrue(four.bytesPerOp() > 49, "lost attempts copy again: " + four.bytesPerOp() + " B/op");
        assertTrue(four.amortized(), "a figure that depends on timing is a mean");
        assertShares(four, 4);
    }

    @Test
    void sharedStateThatAllocatesNothingReadsExactlyZero() throws Exception {
        Event.Result r = result("sharedCounter", 4);
        assertEquals(0, r.bytesInWindow(), "not a mean near 0: exactly 0 in " + r.opsInWindow() + " calls");
        assertShares(r, 4);
    }

    @Test
    void perThreadStateReusedAfterWarmUpReadsExactlyZero() throws Exception {
        Event.Result r = result("perThreadBuffer", 4);
        assertEquals(0, r.bytesInWindow(), "each thread's buffer is made once: " + r);
        assertShares(r, 4);
    }

    @Test
    void eachSiteNamesTheThreadThatAllocated() throws Exception {
        List<Event> events = events("copyOnWrite", 4, MeasureCommand.Counting.AGENT);
        List<Event.Site> sites = events.stream().filter(Event.Site.class::isInstance).map(Event.Site.class::cast)
                .toList();
        assertTrue(sites.stream().anyMatch(s -> s.type().equals("long[]")), "the copies: " + events);
        assertTrue(sites.stream().allMatch(s -> s.thread().startsWith("allocbudget-thread-")),
                "every copy is made by one of the calling threads, named: " + sites);
        // the counter's cost per object changes how often the threads race: a count whose calls strayed from the
        // figure is not claimed as the figure's, but every object of its own calls was seen
        assertTrue(events.stream().anyMatch(e -> e instanceof Event.Objects
                || e instanceof Event.ObjectsPartial p && p.seenBytes() == p.windowBytes()),
                "all objects of the counted calls seen: " + events);
    }

    @Test
    void anExactFigureOnSeveralThreadsIsCountedExactly() throws Exception {
        List<Event> events = events("sharedCounter", 4, MeasureCommand.Counting.AGENT);
        assertTrue(events.stream().anyMatch(e -> e instanceof Event.Objects o && o.count() == 0),
                "no objects: " + events);
    }

    @Test
    void aMethodThatThrowsOnACallingThreadIsAnError() throws Exception {
        List<Event> events = events("throwsSometimes", 2, MeasureCommand.Counting.NONE);
        assertTrue(events.stream().anyMatch(e -> e instanceof Event.Error err
                && err.message().contains("the 5000th call fails")), "said, not lost: " + events);
        assertTrue(events.stream().noneMatch(Event.Result.class::isInstance), "no figure: " + events);
    }

    /** One share per thread, adding up to the window's calls and to the calling threads' bytes. */
    private static void assertShares(Event.Result r, int threads) {
        assertEquals(threads, r.perThread().size(), "a share per thread: " + r);
        assertEquals(r.opsInWindow(), r.perThread().stream().mapToLong(Event.Result.ThreadShare::calls).sum(),
                "every call made by one of them");
        assertEquals(r.callerBytes(), r.perThread().stream().mapToLong(Event.Result.ThreadShare::bytes).sum(),
                "the calling threads' bytes are theirs");
        assertTrue(r.perThread().stream().filter(s -> s.calls() > 0).count() >= 2,
                "the threads took turns at the calls: " + r.perThread());
    }
}
