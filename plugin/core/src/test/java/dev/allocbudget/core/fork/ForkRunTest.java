package dev.allocbudget.core.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.core.model.Figure;
import dev.allocbudget.core.model.FigureDetail;
import dev.allocbudget.core.model.ForkFailure;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.ObjectCount;
import dev.allocbudget.core.model.Problem;
import dev.allocbudget.runner.protocol.EventFormat;
import dev.allocbudget.runner.protocol.MeasureCommand.Counting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fork's events decoded once into its reply: figures, or why there are none. */
class ForkRunTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private ForkRun run(String eventsFile) throws Exception {
        Path events = dir.resolve("fork.events");
        Files.writeString(events, eventsFile);
        return ForkRun.read(0, false, TIMEOUT, events, "", java.time.Instant.EPOCH, Duration.ofMillis(5),
                "forks/fork-001-measure.*");
    }

    @Test
    void theFigureIsTheLastWindowsBytesPerCallWithItsMakeUp() throws Exception {
        ForkRun run = run(EventFormat.HEADER + "\nresult\t96\t2\t4000\t300\t32\ttrue\t5000\t16400\t\n"
                + "lingering\tpool-1-thread-1 (RUNNABLE)\nbye\n");
        assertEquals(Optional.empty(), run.failure());
        MeasureReply reply = MeasureReply.of(run, Counting.NONE);
        assertEquals(new Figure(48, null, new FigureDetail(16, true, 5000, 16400, "pool-1-thread-1 (RUNNABLE)")),
                reply.figure());
        assertNull(reply.problem());
        assertEquals(Duration.ofMillis(5), reply.elapsed());
    }

    /**
     * Objects that add up to less than the window allocated (another thread's, unseen before its first sample
     * point): no count, but the sites seen, per call, and a reason a user can act on; the text says so everywhere.
     */
    /** The console's site lines of a method measured once, with this figure, under this budget. */
    private static java.util.List<String> siteLines(dev.allocbudget.core.model.Budget budget, Figure f) {
        MethodResult result = new MethodResult.Measured(dev.allocbudget.runner.protocol.MethodId.parse("a.B#c"),
                budget, f, java.util.List.of(f), null, java.util.List.of(), java.util.List.of(), null, Duration.ZERO);
        return dev.allocbudget.core.report.ConsoleText.siteLines(result, 8);
    }

    /**
     * Four threads calling at once: each one's share of the calls and its own bytes per call; a count whose calls
     * strayed from the figure (the counter's cost changes how the threads race) keeps every site of its own calls,
     * each with its thread, and claims no count for the figure.
     */
    @Test
    void severalCallingThreadsGiveEachOnesShareAndACountOfOtherCallsSaysSo() throws Exception {
        MeasureReply reply = MeasureReply.of(run(EventFormat.HEADER + "\nresult\t7000\t100\t4000\t300\t7000\ttrue"
                + "\t0\t0\t40/2800 30/2100 20/1400 10/700\n"
                + "objects-partial\t200\t16000\t16000\n"
                + "site\t200\t9600\tallocbudget-thread-1\tlong[]\ta.B.c(B.java:7)\n"
                + "site\t200\t6400\tallocbudget-thread-2\tlong[]\ta.B.c(B.java:7)\nbye\n"), Counting.AGENT);
        Figure f = reply.figure();
        assertEquals(70.0, f.bytesPerOp());
        assertEquals(java.util.List.of(new FigureDetail.CallingThread(0.4, 70), new FigureDetail.CallingThread(0.3, 70),
                new FigureDetail.CallingThread(0.2, 70), new FigureDetail.CallingThread(0.1, 70)),
                f.detail().callingThreads());
        ObjectCount objects = f.objects();
        assertNull(objects.perOp(), "no count claimed for the figure's calls");
        assertEquals(new ObjectCount.Uncounted.OtherCalls(80, 70), objects.uncounted());
        assertEquals(ObjectCount.StackCoverage.EXACT, objects.stackCoverage(), "every object of its own calls");
        assertEquals("allocbudget-thread-1", objects.sites().get(0).thread());
        java.util.List<String> lines = siteLines(new dev.allocbudget.core.model.Budget(48L, null, null, 4), f);
        assertEquals("allocation sites: of other calls (several threads call the method at once, and the calls"
                + " counted allocated 80 B/op against the figure's 70: the counter's cost per object changes how often"
                + " the threads race. The sites shown are every site of the counted calls; the B/op figure is the one"
                + " held to the budget)", lines.get(0));
        assertEquals("allocation sites of the counted calls (per call):", lines.get(1));
        assertTrue(lines.get(2).endsWith("on thread allocbudget-thread-1"), lines.get(2));
        assertEquals("4 threads calling at once; per thread 70, 70, 70, 70 B/op (40 %, 30 %, 20 %, 10 % of the calls)",
                dev.allocbudget.core.report.FigureText.callingThreads(f.detail()));
    }

    @Test
    void aPartialCountKeepsTheSitesSeenAndSaysWhy() throws Exception {
        MeasureReply reply = MeasureReply.of(run(EventFormat.HEADER + "\nresult\t1946656\t2000\t4000\t300\t0\tfalse\t0\t0\t\n"
                + "objects-partial\t2000\t1356768\t1946656\n"
                + "site\t2000\t678384\tForkJoinPool.commonPool-worker-1\tjava.util.concurrent.CompletableFuture\ta.B.c(B.java:7)\n"
                + "site\t2000\t678384\tmain\tbyte[]\ta.B.d(B.java:9)\nbye\n"), Counting.AGENT);
        ObjectCount objects = reply.figure().objects();
        assertNull(objects.perOp());
        assertTrue(objects.isPartial());
        assertEquals(new ObjectCount.Uncounted.Partial(678.384, 973.328), objects.uncounted());
        assertEquals(2, objects.sites().size());
        assertEquals(339.192, objects.sites().get(0).bytesPerOp(), 1e-9);
        java.util.List<String> lines = siteLines(dev.allocbudget.core.model.Budget.NONE, reply.figure());
        assertEquals("allocation sites: partial (only 678.384 of the 973.328 B/op were seen as objects, most likely"
                + " another thread's (a pool's) allocations before the counter saw that thread; the sites shown are a"
                + " part. The B/op figure is exact and is the one held to the budget. To see them all, run the check"
                + " again, or make the work run on the calling thread in the budget method)", lines.get(0));
        assertEquals("allocation sites seen (per call, a part of the whole):", lines.get(1));
        assertEquals(4, lines.size());
    }

    @Test
    void objectsAndSitesArePerCallBiggestFirstOrWhyThereAreNone() throws Exception {
        MeasureReply counted = MeasureReply.of(run(EventFormat.HEADER + "\nresult\t96\t2\t4000\t300\t96\tfalse\t0\t0\t\n"
                + "objects\t4\t2\nsite\t2\t32\tmain\tjava.lang.Integer\ta.B.c(B.java:1)\n"
                + "site\t2\t64\tmain\tbyte[]\ta.B.c(B.java:2)\nbye\n"), Counting.AGENT);
        ObjectCount objects = counted.figure().objects();
        assertEquals(2.0, objects.perOp());
        assertEquals("jvmti-agent", objects.countedWith());
        assertEquals("byte[]", objects.sites().get(0).type());
        assertEquals(32.0, objects.sites().get(0).bytesPerOp());
        MeasureReply unavailable = MeasureReply.of(run(EventFormat.HEADER
                + "\nresult\t96\t2\t4000\t300\t96\tfalse\t0\t0\t\nobjects-unavailable\tno agent here\nbye\n"),
                Counting.AGENT);
        assertEquals(new ObjectCount.Uncounted.Said("no agent here"), unavailable.figure().objects().uncounted());
    }

    @Test
    void anErrorAfterTheFigureExplainsTheMethodInstead() throws Exception {
        MeasureReply reply = MeasureReply.of(run(EventFormat.HEADER
                + "\nresult\t96\t2\t4000\t300\t32\tfalse\t0\t0\t\nerror\tteardown threw\nbye\n"), Counting.NONE);
        assertNull(reply.figure());
        assertEquals(new Problem.Failed("teardown threw"), reply.problem());
    }

    @Test
    void aForkCutOffMidLineExitedBeforeReportingButItsFigureStands() throws Exception {
        ForkRun run = run(EventFormat.HEADER + "\nresult\t96\t2\t4000\t300\t32\tfalse\t0\t0\t\nby");
        assertEquals(48.0, MeasureReply.of(run, Counting.NONE).figure().bytesPerOp());
        assertEquals(Optional.of(new ForkFailure(ForkFailure.Kind.EXITED, 0, TIMEOUT, null, "",
                "forks/fork-001-measure.*")), run.failure());
        MeasureReply counted = MeasureReply.of(run, Counting.AGENT);
        assertEquals(new ObjectCount.Uncounted.NoCount(new Problem.ForkFailed(run.failure().orElseThrow())),
                counted.figure().objects().uncounted(), "the objects it never got to count: why");
    }

    @Test
    void aRunnerOfAnotherVersionIsNamedNotTakenForACrash() throws Exception {
        ForkRun run = run("allocbudget-events\t2\nresult\t96\t2\t4000\t300\t32\tfalse\t0\t0\nbye\n");
        ForkFailure failure = run.failure().orElseThrow();
        assertEquals(ForkFailure.Kind.UNREADABLE, failure.kind());
        assertTrue(failure.unreadable().startsWith("the fork speaks events version 2, this plugin version "
                + EventFormat.VERSION + ": the runner jar on the class path is from another allocbudget version"),
                failure.unreadable());
        assertEquals(new Problem.ForkFailed(failure), MeasureReply.of(run, Counting.NONE).problem());
    }

    @Test
    void discoveryDecodesTheEnvironmentTheRowsAndTheWarnings() throws Exception {
        DiscoveryReply reply = DiscoveryReply.of(run(EventFormat.HEADER + "\nenv\t17.0.15\tDebian\tOpenJDK\tG1\t17.0.15+6\t17.0.15+6\n"
                + "method\ta.B#c\t64\t-1\t-1.0\ttrue\tbudget for Java 17\t1\t\nwarning\tcould not load a.D\nbye\n"), "0.1.0");
        assertNull(reply.problem());
        assertEquals("17", reply.environment().javaFeature());
        assertEquals("0.1.0", reply.environment().pluginVersion());
        assertEquals("a.B#c", reply.methods().get(0).id().toString());
        assertEquals(new dev.allocbudget.core.model.Budget(64L, null, "budget for Java 17"),
                reply.methods().get(0).budget());
        assertNull(reply.methods().get(0).tolerancePercent(), "-1: the build's default");
        assertEquals(java.util.List.of("could not load a.D"), reply.warnings());
        DiscoveryReply silent = DiscoveryReply.of(run(EventFormat.HEADER + "\nbye\n"), "0.1.0");
        assertEquals(new Problem.Failed("the fork reported no environment"), silent.problem());
    }
}
