package dev.allocbudget.core.fork;

import dev.allocbudget.runner.ForkedMain;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs one forked JVM to its end: the command line in an argument file, stdout and stderr straight to files (so a
 * chatty method can never block on a full pipe), killed with its descendants after the timeout or when the calling
 * thread is interrupted, and the tails of its logs quoted for the messages.
 */
final class ForkProcess {
    /** Lines of stdout and of stderr quoted in a message when a fork dies. */
    static final int TAIL_LINES = 20;
    private static final int TAIL_BYTES = 64 * 1024;

    /** Flags every fork gets but the discovery fork: see {@link ForkedMain#JVM_FLAGS}. */
    static final List<String> FORK_FLAGS = ForkedMain.JVM_FLAGS;

    static final Set<String> INHERITED_JVM_OPTIONS = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    private final Path java;
    private final Path workDir;
    private final Duration timeout;
    private final Path forkDir;

    /** Forks of {@code java}, run in {@code workDir}, killed after {@code timeout}, with their files in {@code forkDir}. */
    ForkProcess(Path java, Path workDir, Duration timeout, Path forkDir) {
        this.java = java;
        this.workDir = workDir;
        this.timeout = timeout;
        this.forkDir = forkDir;
    }

    /**
     * Runs {@code java FORK_FLAGS flags -cp classpath mainClass mode EVENTS_FILE command}; every file of the fork is
     * {@code forkDir/name.*}, its events {@code name.events}.
     */
    ForkRun run(String name, List<String> flags, String classpath, String mainClass, String mode, String command)
            throws IOException, InterruptedException {
        return run(name, FORK_FLAGS, flags, classpath, mainClass, mode, command);
    }

    /** The same with other flags than {@link #FORK_FLAGS} first: {@code java forkFlags flags -cp ...}. */
    ForkRun run(String name, List<String> forkFlags, List<String> flags, String classpath, String mainClass,
            String mode, String command) throws IOException, InterruptedException {
        Path events = forkDir.resolve(name + ".events");
        List<String> forkArgs = new ArrayList<>(forkFlags);
        // a crash report belongs with the fork's other logs, not in the module's base directory
        forkArgs.add("-XX:ErrorFile=" + forkDir.resolve(name + "-hs_err_pid%p.log"));
        forkArgs.addAll(flags);
        forkArgs.add("-cp");
        forkArgs.add(classpath);
        forkArgs.add(mainClass);
        forkArgs.add(mode);
        forkArgs.add(events.toString());
        forkArgs.add(command);
        Exit exit = execute(name, forkArgs);
        return ForkRun.read(exit.code(), exit.timedOut(), timeout, events, outputOf(name), exit.started(),
                exit.elapsed(), forkDir.resolve(name + ".*").toString());
    }

    /** How a JVM ended: its exit code (-1 when killed), whether it ran out of time, when it started and how long it took. */
    record Exit(int code, boolean timedOut, Instant started, Duration elapsed) {}

    /**
     * Runs {@code java args} (a JDK tool, such as the class-data archive's dump) with its output in
     * {@code forkDir/name.out} and {@code name.err}.
     */
    Exit execute(String name, List<String> args) throws IOException, InterruptedException {
        // an argument file keeps the command short whatever the classpath length (Windows limits it to 32k)
        Path argFile = forkDir.resolve(name + ".args");
        Files.write(argFile, args.stream().map(ForkProcess::quote).toList(), StandardCharsets.UTF_8);

        Instant started = Instant.now();
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "@" + argFile);
        // the JVM reads flags from these too (a coverage agent, say); forks get only the flags in jvmArgs
        builder.environment().keySet().removeAll(INHERITED_JVM_OPTIONS);
        Process process = builder
                .directory(workDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File(isWindows() ? "NUL" : "/dev/null")))
                .redirectOutput(forkDir.resolve(name + ".out").toFile())
                .redirectError(forkDir.resolve(name + ".err").toFile())
                .start();
        boolean finished = false;
        try {
            finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            if (!finished) { // timed out, or Maven was interrupted: no fork may outlive its check
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor();
            }
        }
        return new Exit(finished ? process.exitValue() : -1, !finished, started,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** The last lines a JVM run as {@code name} wrote, labelled, for a message; empty when it wrote nothing. */
    String outputOf(String name) throws IOException {
        // HotSpot prints its crash banner to stdout, user code and the JVM's warnings go to stderr: quote both
        return section("stdout", tail(forkDir.resolve(name + ".out")))
                + section("stderr", tail(forkDir.resolve(name + ".err")));
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
