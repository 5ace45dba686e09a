package dev.allocbudget.core;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.jmh.JmhMain;
import dev.allocbudget.runner.ForkedMain;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Starts forked JVMs on the project's test classpath and collects what they report. Each fork gets its own events
 * file; stdout and stderr go straight to files, so a chatty method can never block on a full pipe. Safe to use from
 * several threads: forks are numbered from one counter, so their files never clash, and {@link ForkSlots} decides
 * when each may start.
 */
final class ForkLauncher {
    /** Lines of stdout and of stderr quoted in a message when a fork dies. */
    static final int TAIL_LINES = 20;
    private static final int TAIL_BYTES = 64 * 1024;

    /**
     * Flags every fork gets. {@code -Xbatch} makes the JIT compile synchronously: without it, JDK 17 settles
     * {@code String.format} on one of two compilations at random (1136 or 1208 B/op); with it, always the same one,
     * and no other figure changed in our measurements.
     */
    static final List<String> FORK_FLAGS = List.of("-Xbatch",
            // the whole-JVM allocation counter is on the implementation class in JDK 17 builds that backport it
            "--add-exports", "jdk.management/com.sun.management.internal=ALL-UNNAMED");

    static final Set<String> INHERITED_JVM_OPTIONS = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    private final CheckRequest request;
    private final Path forkDir;
    private final AtomicInteger forkCount = new AtomicInteger();
    private final Path objectCounter;

    static final String AGENT_FILE = "liballocbudget.so";

    ForkLauncher(CheckRequest request) throws IOException {
        this.request = request;
        this.forkDir = Files.createDirectories(request.reportDir().resolve("forks"));
        // logs of an earlier run would be mistaken for this one's
        try (Stream<Path> old = Files.list(forkDir)) {
            for (Path p : (Iterable<Path>) old::iterator) {
                Files.deleteIfExists(p);
            }
        }
        this.objectCounter = extractObjectCounter();
    }

    ForkRun discover() throws IOException, InterruptedException {
        return run("discover", List.of(), request.testClassesDir().toString());
    }

    /** Generates and compiles JMH benchmarks for these methods into {@code workDir/classes}. */
    ForkRun prepareJmh(Path workDir, List<String> ids) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(workDir.toString()));
        args.addAll(ids);
        return start("jmh-prepare", List.of(), JmhMain.class.getName(), jmhClasspath(), args);
    }

    /** Runs one JMH benchmark (all its rows), with the benchmarks in {@code classes} first on the classpath. */
    ForkRun runJmh(Path classes, String benchmarkRegex, JmhOptions options) throws IOException, InterruptedException {
        List<String> args = List.of(benchmarkRegex, options.forRun().encode());
        List<Path> prefix = new ArrayList<>(List.of(classes));
        prefix.addAll(jmhClasspath());
        return start("jmh-run", List.of(), JmhMain.class.getName(), prefix, args);
    }

    /**
     * The JMH driver and the JMH version it was built with, ahead of the project's test classpath: a project with
     * an older JMH of its own runs on ours (JMH's annotations have not changed in years; its internals have).
     */
    private static List<Path> jmhClasspath() {
        List<Path> jars = new ArrayList<>(List.of(codeSource(JmhMain.class)));
        for (String name : List.of("org.openjdk.jmh.runner.Runner", "org.openjdk.jmh.generators.BenchmarkProcessor",
                "joptsimple.OptionParser", "org.apache.commons.math3.stat.descriptive.SummaryStatistics")) {
            try {
                jars.add(codeSource(Class.forName(name, false, ForkLauncher.class.getClassLoader())));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("the plugin's JMH is incomplete: " + name + " is missing", e);
            }
        }
        return jars;
    }

    /** How a measuring fork counts objects after its verdict, if at all. */
    enum Counting {
        NONE,
        /** In the same JVM, with the native agent. */
        AGENT,
        /** With JFR, in a JVM without TLABs: the pure-Java fallback (see JfrCounter). */
        JFR
    }

    ForkRun measure(String id, Counting counting) throws IOException, InterruptedException {
        String limit = Long.toString(request.settleTimeout().toMillis());
        switch (counting) {
            case AGENT: return run("measure", List.of("-agentpath:" + objectCounter), id, limit, "count");
            // G1: with TLABs off, JDK 17's Serial and Parallel collectors allocate inline and JFR sees nothing
            case JFR: return run("measure", List.of("-XX:-UseTLAB", "-XX:+UseG1GC"), id, limit, "count-jfr");
            default: return run("measure", List.of(), id, limit);
        }
    }

    /** The way objects are counted here: the agent where this plugin carries one, JFR otherwise or when asked. */
    Counting objectCounting() {
        return objectCounter != null && !request.objectsWithJfr() ? Counting.AGENT : Counting.JFR;
    }

    /**
     * Copies the JVMTI object counter out of the runner jar, once per check, into the report directory (each module
     * has its own, so parallel modules never write the same file). Null where the jar carries none for this platform.
     */
    private Path extractObjectCounter() throws IOException {
        String platform = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux")
                && Set.of("amd64", "x86_64").contains(System.getProperty("os.arch")) ? "linux-x86_64" : null;
        if (platform == null) {
            return null;
        }
        try (InputStream in = ForkedMain.class.getResourceAsStream("native/" + platform + "/" + AGENT_FILE)) {
            if (in == null) {
                return null;
            }
            Path target = request.reportDir().resolve(AGENT_FILE);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }
    }

    private ForkRun run(String mode, List<String> modeFlags, String... args)
            throws IOException, InterruptedException {
        return start(mode, modeFlags, ForkedMain.class.getName(), List.of(), List.of(args));
    }

    private ForkRun start(String mode, List<String> modeFlags, String mainClass, List<Path> classpathFirst,
            List<String> args) throws IOException, InterruptedException {
        if (mode.equals("discover")) {
            return launch(mode, modeFlags, mainClass, classpathFirst, args); // reads classes; measures nothing
        }
        // across all modules of a parallel build: up to request.forks() measuring forks at a time, and a JMH JVM
        // (generation or run) alone, since JMH measures time and its timings would suffer from a busy core
        boolean jmh = mode.startsWith("jmh-");
        if (jmh) {
            ForkSlots.acquireJmh();
        } else {
            ForkSlots.acquireMeasuring(request.forks());
        }
        try {
            return launch(mode, modeFlags, mainClass, classpathFirst, args);
        } finally {
            if (jmh) {
                ForkSlots.releaseJmh();
            } else {
                ForkSlots.releaseMeasuring();
            }
        }
    }

    private ForkRun launch(String mode, List<String> modeFlags, String mainClass, List<Path> classpathFirst,
            List<String> args) throws IOException, InterruptedException {
        String name = String.format("fork-%03d-%s", forkCount.incrementAndGet(), mode);
        Path events = forkDir.resolve(name + ".events");
        Path out = forkDir.resolve(name + ".out");
        Path err = forkDir.resolve(name + ".err");
        List<String> forkArgs = new ArrayList<>(FORK_FLAGS);
        // a crash report belongs with the fork's other logs, not in the module's base directory
        forkArgs.add("-XX:ErrorFile=" + forkDir.resolve(name + "-hs_err_pid%p.log"));
        forkArgs.addAll(modeFlags); // the agent is loaded at start: sampling every allocation can only be enabled then
        forkArgs.addAll(request.jvmArgs());
        forkArgs.add("-cp");
        forkArgs.add(classpath(classpathFirst));
        forkArgs.add(mainClass);
        forkArgs.add(mode.replace("jmh-", ""));
        forkArgs.add(events.toString());
        forkArgs.addAll(args);
        // an argument file keeps the command short whatever the classpath length (Windows limits it to 32k)
        Path argFile = forkDir.resolve(name + ".args");
        Files.write(argFile, forkArgs.stream().map(ForkLauncher::quote).toList(), StandardCharsets.UTF_8);

        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(request.java().toString(), "@" + argFile);
        // the JVM reads flags from these too (a coverage agent, say); forks get only the flags in jvmArgs
        builder.environment().keySet().removeAll(INHERITED_JVM_OPTIONS);
        Process process = builder
                .directory(request.projectDir().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File(isWindows() ? "NUL" : "/dev/null")))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        boolean finished = false;
        try {
            finished = process.waitFor(request.forkTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            if (!finished) { // timed out, or Maven was interrupted: no fork may outlive its check
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor();
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        // HotSpot prints its crash banner to stdout, user code and the JVM's warnings go to stderr: quote both
        String output = section("stdout", tail(out)) + section("stderr", tail(err));
        return ForkRun.read(finished ? process.exitValue() : -1, !finished, events, output, elapsed,
                forkDir.resolve(name + ".*").toString());
    }

    /**
     * Test classpath first, so the project's own copy of anything wins; then the runner and the annotations. Only
     * {@code first} (JMH's generated benchmarks and the JMH the plugin brings) comes before it.
     */
    private String classpath(List<Path> first) {
        List<String> entries = new ArrayList<>();
        first.forEach(p -> entries.add(p.toString()));
        request.classpath().forEach(p -> entries.add(p.toString()));
        entries.add(codeSource(ForkedMain.class).toString());
        entries.add(codeSource(AllocationBudget.class).toString());
        return String.join(File.pathSeparator, entries);
    }

    static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the jar of " + type.getName(), e);
        }
    }

    /** The last lines of a log, reading at most its last 64 KiB: a chatty method can write gigabytes. */
    private static String tail(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "";
        }
        byte[] end;
        try (SeekableByteChannel in = Files.newByteChannel(file)) {
            long size = in.size();
            in.position(Math.max(0, size - TAIL_BYTES));
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(size, TAIL_BYTES));
            while (buffer.hasRemaining() && in.read(buffer) > 0) {
                // read to the end
            }
            end = Arrays.copyOf(buffer.array(), buffer.position());
        }
        // decoded leniently: user output need not be valid UTF-8
        List<String> lines = new String(end, StandardCharsets.UTF_8).lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    }

    private static String section(String stream, String tail) {
        return tail.isBlank() ? "" : "\nlast lines of its " + stream + ":\n" + tail;
    }

    /** Quotes one argument for a java launcher argument file. */
    static String quote(String arg) {
        return '"' + arg.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static boolean isWindows() {
        return System.getProperty("os.name").startsWith("Windows");
    }
}
