package dev.allocbudget.core.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.runner.protocol.Event;
import dev.allocbudget.runner.protocol.EventFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForkRunTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private ForkRun run(String eventsFile) throws Exception {
        Path events = dir.resolve("fork.events");
        Files.writeString(events, eventsFile);
        return ForkRun.read(0, false, events, "", Duration.ofMillis(5), "forks/fork-001-measure.*");
    }

    @Test
    void theFigureIsTheLastWindowsBytesPerCall() throws Exception {
        ForkRun run = run(EventFormat.HEADER + "\nresult\t96\t2\t4000\t300\t32\tfalse\t0\t0\nbye\n");
        assertEquals(Optional.of(48.0), run.bytesPerOp());
        assertEquals(Optional.empty(), run.failure(TIMEOUT));
        assertEquals(List.of(new Event.Result(96, 2, 4000, 300, 32, false, 0, 0)), run.all(Event.Result.class));
    }

    @Test
    void anErrorAfterTheFigureExplainsTheMethodInstead() throws Exception {
        ForkRun run = run(EventFormat.HEADER + "\nresult\t96\t2\t4000\t300\t32\tfalse\t0\t0\nerror\tteardown threw\nbye\n");
        assertEquals(Optional.empty(), run.bytesPerOp());
        assertEquals("teardown threw", run.whyNoFigure(TIMEOUT));
    }

    @Test
    void aForkCutOffMidLineExitedBeforeReporting() throws Exception {
        ForkRun run = run(EventFormat.HEADER + "\nresult\t96\t2\t4000\t300\t32\tfalse\t0\t0\nby");
        assertEquals(Optional.of(48.0), run.bytesPerOp());
        assertTrue(run.failure(TIMEOUT).orElseThrow().startsWith("the forked JVM exited with code 0 before reporting"));
    }

    @Test
    void aRunnerOfAnotherVersionIsNamedNotTakenForACrash() throws Exception {
        ForkRun run = run("allocbudget-events\t2\nresult\t96\t2\t4000\t300\t32\tfalse\t0\t0\nbye\n");
        String why = run.whyNoFigure(TIMEOUT);
        assertTrue(why.startsWith("the fork speaks events version 2, this plugin version " + EventFormat.VERSION
                + ": the runner jar on the class path is from another allocbudget version"), why);
        assertTrue(why.endsWith("\nfork logs: forks/fork-001-measure.*"), why);
    }
}
