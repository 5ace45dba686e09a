package dev.allocbudget.core.fork;

import dev.allocbudget.core.CheckRequest;
import dev.allocbudget.runner.ForkedMain;
import dev.allocbudget.runner.protocol.JmhRunOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Starts the forks of one check, one per task (discover, measure, prepare and run JMH), and returns what each
 * reported. Safe to use from several threads: forks are numbered from one counter, so their files never clash, and
 * {@link ForkSlots} decides when each may start.
 */
public final class ForkLauncher {
    /**
     * The entry point of the JMH driver ({@code allocbudget-jmh}), by name: the engine does not depend on the driver,
     * whose jars come in the request only in JMH mode.
     */
    static final String JMH_MAIN = "dev.allocbudget.jmh.JmhMain";

    private final CheckRequest request;
    private final ForkProcess process;
    private final ForkClasspath classpath;
    /** The class path with the reference's classes in place of the module's; null without a reference. */
    private final ForkClasspath referenceClasspath;
    private final AtomicInteger forkCount = new AtomicInteger();
    private final Path objectCounter;
    /** Set once, before any fork but the archive's own starts: see {@link #useClassDataArchive()}. */
    private volatile List<String> archiveFlags = List.of();

    public ForkLauncher(CheckRequest request) throws IOException {
        this.request = request;
        Path forkDir = Files.createDirectories(request.reportDir().resolve("forks"));
        // logs of an earlier run would be mistaken for this one's
        try (Stream<Path> old = Files.list(forkDir)) {
            for (Path p : (Iterable<Path>) old::iterator) {
                Files.deleteIfExists(p);
            }
        }
        this.process = new ForkProcess(request.java(), request.projectDir(), request.forkTimeout(), forkDir);
        this.classpath = new ForkClasspath(request.classpath());
        this.referenceClasspath = request.reference() == null ? null
                : new ForkClasspath(request.referenceClasspath());
        this.objectCounter = NativeAgent.extract(request.reportDir());
    }

    /** Lists the budget methods of the test classes; measures nothing, so it needs no slot. */
    public ForkRun discover() throws IOException, InterruptedException {
        return launch("discover", archiveFlags, ForkedMain.class.getName(), classpath.of(List.of()), "discover",
                List.of(request.testClassesDir().toString()));
    }

    /**
     * Lets the discovering and measuring forks map the JDK's classes from a class-data archive
     * ({@link ClassDataArchive}), made now if this JDK has none yet. Returns a line for the log when it made one, or
     * why the forks run without; null when the archive was there or {@code jvmArgs} choose the forks' class-data
     * sharing themselves.
     */
    public String useClassDataArchive() throws InterruptedException {
        if (request.classDataArchiveDir() == null || ClassDataArchive.chosenBy(request.jvmArgs())) {
            return null;
        }
        long start = System.nanoTime();
        try {
            ClassDataArchive.Prepared archive = new ClassDataArchive(request.java(), request.classDataArchiveDir(),
                    request.forkTimeout()).prepare(request.settleTimeout().toMillis());
            archiveFlags = ClassDataArchive.flags(archive.file());
            return archive.made() ? String.format("Made a class-data archive of the JDK's classes for the forks in"
                    + " %.1f s, kept for later builds on this JDK: %s", (System.nanoTime() - start) / 1e9,
                    archive.file()) : null;
        } catch (IOException | ClassDataArchive.Unavailable e) {
            // only a fork's start-up depends on it: the figures are the same without
            return "The forks run without a class-data archive (each starts about 0.1 s slower): " + e.getMessage();
        }
    }

    /** How a measuring fork counts objects after its verdict, if at all. */
    public enum Counting {
        NONE,
        /** In the same JVM, with the native agent. */
        AGENT,
        /** With JFR, in a JVM without TLABs: the pure-Java fallback (see JfrCounter). */
        JFR
    }

    /** With {@code onReference}, the reference's classes take the place of the module's own. */
    public ForkRun measure(String id, Counting counting, boolean onReference)
            throws IOException, InterruptedException {
        String limit = Long.toString(request.settleTimeout().toMillis());
        ForkClasspath on = onReference ? referenceClasspath : classpath;
        switch (counting) {
            case AGENT: return measuring(on, List.of("-agentpath:" + objectCounter), id, limit, "count");
            // G1: with TLABs off, JDK 17's Serial and Parallel collectors allocate inline and JFR sees nothing
            case JFR: return measuring(on, List.of("-XX:-UseTLAB", "-XX:+UseG1GC"), id, limit, "count-jfr");
            default: return measuring(on, List.of(), id, limit);
        }
    }

    /** The way objects are counted here: the agent where this plugin carries one, JFR otherwise or when asked. */
    public Counting objectCounting() {
        return objectCounter != null && !request.objectsWithJfr() ? Counting.AGENT : Counting.JFR;
    }

    /** Generates and compiles JMH benchmarks for these methods into {@code workDir/classes}. */
    public ForkRun prepareJmh(Path workDir, List<String> ids) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(workDir.toString()));
        args.addAll(ids);
        return jmh("jmh-prepare", classpath.of(request.jmhClasspath()), "prepare", args);
    }

    /**
     * Runs one JMH benchmark (all its rows), with the benchmarks in {@code classes} first on the classpath, then the
     * JMH driver and the JMH it was built with, ahead of the project's test classpath: a project with an older JMH of
     * its own runs on ours (JMH's annotations have not changed in years; its internals have). With
     * {@code onReference}, the reference's classes take the place of the module's own. With {@code resultFile},
     * JMH writes its JSON result there.
     */
    public ForkRun runJmh(Path classes, String benchmarkRegex, JmhRunOptions options, boolean onReference,
            Path resultFile) throws IOException, InterruptedException {
        List<Path> first = new ArrayList<>(List.of(classes));
        first.addAll(request.jmhClasspath());
        List<String> args = new ArrayList<>(List.of(benchmarkRegex, options.encode()));
        if (resultFile != null) {
            args.add(resultFile.toString());
        }
        return jmh(onReference ? "jmh-run-reference" : "jmh-run",
                (onReference ? referenceClasspath : classpath).of(first), "run", args);
    }

    /**
     * Across all modules of a parallel build: up to {@code request.forks()} measuring forks at a time. The agent is
     * loaded at start ({@code flags}): sampling every allocation can only be enabled then.
     */
    private ForkRun measuring(ForkClasspath on, List<String> flags, String... args)
            throws IOException, InterruptedException {
        ForkSlots.acquireMeasuring(request.forks());
        try {
            List<String> withArchive = new ArrayList<>(archiveFlags);
            withArchive.addAll(flags);
            return launch(on == referenceClasspath ? "measure-reference" : "measure", withArchive,
                    ForkedMain.class.getName(), on.of(List.of()), "measure", List.of(args));
        } finally {
            ForkSlots.releaseMeasuring();
        }
    }

    /** A JMH JVM (generation or a run) runs alone, since JMH measures time and would suffer from a busy core. */
    private ForkRun jmh(String name, String forkClasspath, String mode, List<String> args)
            throws IOException, InterruptedException {
        ForkSlots.acquireJmh();
        try {
            return launch(name, List.of(), JMH_MAIN, forkClasspath, mode, args);
        } finally {
            ForkSlots.releaseJmh();
        }
    }

    /** {@code name} names the fork's files ({@code fork-007-measure.*}). */
    private ForkRun launch(String name, List<String> modeFlags, String mainClass, String forkClasspath, String mode,
            List<String> args) throws IOException, InterruptedException {
        String fork = String.format("fork-%03d-%s", forkCount.incrementAndGet(), name);
        List<String> flags = new ArrayList<>(modeFlags);
        flags.addAll(request.jvmArgs());
        return process.run(fork, flags, forkClasspath, mainClass, mode, args);
    }
}
