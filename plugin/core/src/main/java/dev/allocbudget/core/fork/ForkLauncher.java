package dev.allocbudget.core.fork;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.core.model.CompileOrder;
import dev.allocbudget.runner.ForkedMain;
import dev.allocbudget.runner.load.ForkEntry;
import dev.allocbudget.runner.protocol.DiscoverCommand;
import dev.allocbudget.runner.protocol.JmhCommand;
import dev.allocbudget.runner.protocol.JmhRunOptions;
import dev.allocbudget.runner.protocol.MeasureCommand;
import dev.allocbudget.runner.protocol.MeasureCommand.Counting;
import dev.allocbudget.runner.protocol.MethodId;
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

    /**
     * The main class of the check's own forks (discover, measure): it runs the runner's {@code ForkedMain} in a
     * class loader that records what the fork looks up on its class path.
     */
    static final String CHECK_MAIN = ForkEntry.class.getName();

    /** How many entries at the end of a check fork's class path are the plugin's own: the runner, the annotations. */
    public static final int PLUGIN_ENTRIES = ForkEntry.PLUGIN_ENTRIES;

    private final ForkSettings settings;
    private final ForkProcess process;
    private final ForkClasspath classpath;
    /** The class path with the reference's classes in place of the module's; null without a reference. */
    private final ForkClasspath referenceClasspath;
    private final AtomicInteger forkCount = new AtomicInteger();
    private final Path objectCounter;
    /** The flags every measuring fork gets first: see {@link CounterExports}. */
    private final List<String> measuringFlags;
    /** Set once, before any fork but the archive's own starts: see {@link #useClassDataArchive()}. */
    private volatile List<String> archiveFlags = List.of();

    public ForkLauncher(ForkSettings settings) throws IOException {
        this.settings = settings;
        Path forkDir = Files.createDirectories(settings.forkDir());
        // logs of an earlier run would be mistaken for this one's
        try (Stream<Path> old = Files.list(forkDir)) {
            for (Path p : (Iterable<Path>) old::iterator) {
                Files.deleteIfExists(p);
            }
        }
        this.process = new ForkProcess(settings.java(), settings.workDir(), settings.forkTimeout(), forkDir);
        this.classpath = new ForkClasspath(settings.classpath());
        this.referenceClasspath = settings.referenceClasspath() == null ? null
                : new ForkClasspath(settings.referenceClasspath());
        this.objectCounter = NativeAgent.extract(settings.reportDir());
        this.measuringFlags = CounterExports.measuringFlags(settings.java());
    }

    /**
     * The discovery fork's own flags, in place of {@link ForkProcess#FORK_FLAGS}: none. It measures nothing and runs
     * no user code; with {@code -Xbatch} it spent half its time waiting for the JIT (0.7 s against 0.35 s for the
     * bench's test classes), and {@code --add-exports} turns off the class-data archive's module graph.
     */
    static final List<String> DISCOVERY_FLAGS = List.of();

    /** Lists the budget methods of the test classes; measures nothing, so it needs no slot. */
    public DiscoveryReply discover(Path testClassesDir, String pluginVersion)
            throws IOException, InterruptedException {
        ForkRun run = launch("discover", DISCOVERY_FLAGS, archiveFlags, CHECK_MAIN, classpath.of(List.of()),
                "discover", new DiscoverCommand(testClassesDir).encode());
        return DiscoveryReply.of(run, pluginVersion);
    }

    /**
     * Lets the discovering and measuring forks map the JDK's classes from a class-data archive
     * ({@link ClassDataArchive}), made now if this JDK has none yet. Returns a line for the log when it made one, or
     * why the forks run without; null when the archive was there or {@code jvmArgs} choose the forks' class-data
     * sharing themselves.
     */
    public String useClassDataArchive() throws InterruptedException {
        if (settings.classDataArchiveDir() == null || ClassDataArchive.chosenBy(settings.jvmArgs())) {
            return null;
        }
        long start = System.nanoTime();
        try {
            ClassDataArchive.Prepared archive = new ClassDataArchive(settings.java(), settings.classDataArchiveDir(),
                    settings.forkTimeout()).prepare(settings.settleTimeout().toMillis());
            archiveFlags = ClassDataArchive.flags(archive.file());
            return archive.made() ? String.format("Made a class-data archive of the JDK's classes for the forks in"
                    + " %.1f s, kept for later builds on this JDK: %s", (System.nanoTime() - start) / 1e9,
                    archive.file()) : null;
        } catch (IOException | ClassDataArchive.Unavailable e) {
            // only a fork's start-up depends on it: the figures are the same without
            return "The forks run without a class-data archive (each starts about 0.1 s slower): " + e.getMessage();
        }
    }

    /**
     * Measures one method (row) in a fork of its own, called by {@code threads} threads at once, counting its
     * objects after the figure as {@code counting} says. With {@code onReference}, the reference's classes take the
     * place of the module's own. C2 compiles the method and its callees in {@code order}.
     */
    public MeasureReply measure(MethodId id, int threads, Counting counting, boolean onReference, CompileOrder order)
            throws IOException, InterruptedException {
        ForkClasspath on = onReference ? referenceClasspath : classpath;
        MeasureCommand command = new MeasureCommand(id, settings.settleTimeout().toMillis(), counting,
                settings.threads(), threads);
        List<String> flags = new ArrayList<>(switch (counting) {
            case AGENT -> List.of("-agentpath:" + objectCounter);
            // G1: with TLABs off, JDK 17's Serial and Parallel collectors allocate inline and JFR sees nothing
            case JFR -> List.of("-XX:-UseTLAB", "-XX:+UseG1GC");
            case NONE -> List.<String>of();
        });
        flags.addAll(order.jvmFlags(id.className(), id.method()));
        return MeasureReply.of(measuring(on, flags, command), counting);
    }

    /** The plugin's own entries of a check fork's class path: the runner, the annotations. */
    public static List<Path> pluginEntries() {
        return List.of(ForkClasspath.codeSource(ForkedMain.class), ForkClasspath.codeSource(AllocationBudget.class));
    }

    /**
     * The forks' flags that can change a figure: the plugin's, the user's, whose threads count, how objects are
     * counted, and the time limits (a figure that settled in 15 s would be an error under a 10 s limit).
     */
    public List<String> figureFlags() {
        List<String> flags = new ArrayList<>(ForkedMain.JVM_FLAGS);
        flags.addAll(settings.jvmArgs());
        flags.add("threads=" + settings.threads().name().toLowerCase(java.util.Locale.ROOT));
        flags.add("objects=" + objectCounting().name().toLowerCase(java.util.Locale.ROOT));
        flags.add("settleTimeout=" + settings.settleTimeout().toMillis() + "ms");
        flags.add("forkTimeout=" + settings.forkTimeout().toMillis() + "ms");
        return flags;
    }

    /** A check fork's class path, in order: the module's test class path (or the reference's), then the plugin's. */
    public List<Path> classpath(boolean onReference) {
        return (onReference ? referenceClasspath : classpath).paths();
    }

    /** The way objects are counted here: the agent where this plugin carries one, JFR otherwise or when asked. */
    public Counting objectCounting() {
        return objectCounter != null && !settings.objectsWithJfr() ? Counting.AGENT : Counting.JFR;
    }

    /**
     * The flags of the fork that generates and compiles the JMH benchmarks, in place of {@link ForkProcess#FORK_FLAGS}:
     * it measures nothing, and javac under {@code -Xbatch} waited for each of its compilations. C1 alone suits a JVM
     * that lives a second: the fork preparing two benchmarks took 1.1 s so, against 4.7 s with the measuring flags
     * (it/projects/jmh-plain-method, 2 runs each).
     */
    static final List<String> PREPARE_FLAGS = List.of("-XX:TieredStopAtLevel=1");

    /** Generates and compiles JMH benchmarks for these methods into {@code workDir/classes}. */
    public JmhReply.Prepared prepareJmh(Path workDir, List<MethodId> ids) throws IOException, InterruptedException {
        return JmhReply.Prepared.of(jmh("jmh-prepare", PREPARE_FLAGS, classpath.of(settings.jmhClasspath()),
                "prepare", new JmhCommand.Prepare(workDir, ids).encode()));
    }

    /**
     * Runs one JMH benchmark (all its rows), with the benchmarks in {@code classes} first on the classpath, then the
     * JMH driver and the JMH it was built with, ahead of the project's test classpath: a project with an older JMH of
     * its own runs on ours (JMH's annotations have not changed in years; its internals have). With
     * {@code onReference}, the reference's classes take the place of the module's own. With {@code resultFile},
     * JMH writes its JSON result there.
     */
    public JmhReply.Ran runJmh(Path classes, MethodId method, String benchmarkRegex, JmhRunOptions options,
            boolean onReference, Path resultFile) throws IOException, InterruptedException {
        List<Path> first = new ArrayList<>(List.of(classes));
        first.addAll(settings.jmhClasspath());
        return JmhReply.Ran.of(jmh(onReference ? "jmh-run-reference" : "jmh-run", ForkProcess.FORK_FLAGS,
                (onReference ? referenceClasspath : classpath).of(first), "run",
                new JmhCommand.Run(benchmarkRegex, options, resultFile).encode()), method);
    }

    /**
     * Across all modules of a parallel build: up to {@code settings.forks()} measuring forks at a time. The agent is
     * loaded at start ({@code flags}): sampling every allocation can only be enabled then.
     */
    private ForkRun measuring(ForkClasspath on, List<String> flags, MeasureCommand command)
            throws IOException, InterruptedException {
        // a fork whose method runs on N threads takes N of the build's slots (all of them, when N is more)
        int slots = Math.min(command.callers(), settings.forks());
        ForkSlots.acquireMeasuring(settings.forks(), slots);
        try {
            List<String> withArchive = new ArrayList<>(archiveFlags);
            withArchive.addAll(flags);
            return launch(on == referenceClasspath ? "measure-reference" : "measure", measuringFlags, withArchive,
                    CHECK_MAIN, on.of(List.of()), "measure", command.encode());
        } finally {
            ForkSlots.releaseMeasuring(slots);
        }
    }

    /** A JMH JVM (generation or a run) runs alone, since JMH measures time and would suffer from a busy core. */
    private ForkRun jmh(String name, List<String> forkFlags, String forkClasspath, String mode, String command)
            throws IOException, InterruptedException {
        ForkSlots.acquireJmh();
        try {
            return launch(name, forkFlags, List.of(), JMH_MAIN, forkClasspath, mode, command);
        } finally {
            ForkSlots.releaseJmh();
        }
    }

    /** {@code name} names the fork's files ({@code fork-007-measure.*}). */
    private ForkRun launch(String name, List<String> forkFlags, List<String> modeFlags, String mainClass,
            String forkClasspath, String mode, String command) throws IOException, InterruptedException {
        String fork = String.format("fork-%03d-%s", forkCount.incrementAndGet(), name);
        List<String> flags = new ArrayList<>(modeFlags);
        flags.addAll(settings.jvmArgs());
        return process.run(fork, forkFlags, flags, forkClasspath, mainClass, mode, command);
    }
}
