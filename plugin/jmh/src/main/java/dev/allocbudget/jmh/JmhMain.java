package dev.allocbudget.jmh;

import dev.allocbudget.runner.Events;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The entry point of the JVMs that run JMH for the check. Two steps, each in a JVM of its own, because JMH forks
 * its benchmark JVMs with the classpath of the JVM that runs it, so the generated benchmarks must already be on
 * that JVM's classpath:
 *
 * <pre>
 * JmhMain prepare EVENTS WORK_DIR METHOD_ID...      generate and compile benchmarks into WORK_DIR/classes
 * JmhMain run     EVENTS BENCHMARK_REGEX OPTIONS... run one benchmark (all its @Param rows) with the GC profiler
 * </pre>
 *
 * Both write the events file in the runner's format and end it with {@code bye}.
 */
public final class JmhMain {
    /** Prepare: {@code jmh-benchmark methodId benchmarkRegex}: the JMH benchmark that runs the method. */
    public static final String BENCHMARK = "jmh-benchmark";
    /** Run: {@code jmh-result params score error unit mode allocNorm}, params {@code a=1,b=x} or empty. */
    public static final String RESULT = "jmh-result";
    /** Run: {@code jmh-waiting lockFile millis}: another JMH run held the machine-wide lock this long. */
    public static final String WAITING = "jmh-waiting";

    private JmhMain() {}

    public static void main(String[] args) throws Exception {
        Path events = Path.of(args[1]);
        try (Writer out = new Writer(events)) {
            try {
                switch (args[0]) {
                    case "prepare":
                        BenchmarkGenerator.prepare(out, Path.of(args[2]), Arrays.asList(args).subList(3, args.length));
                        break;
                    case "run":
                        BenchmarkRun.run(out, args[2], RunOptions.parse(Arrays.asList(args).subList(3, args.length)));
                        break;
                    default:
                        throw new IllegalArgumentException("unknown mode " + args[0]);
                }
            } catch (Throwable t) {
                StringWriter trace = new StringWriter();
                t.printStackTrace(new PrintWriter(trace));
                out.write(Events.ERROR, "JMH failed: " + t + "\n" + firstLines(trace.toString(), 12));
            }
            out.write(Events.BYE);
        }
        System.out.flush();
        // halt: JMH and javac leave non-daemon threads and shutdown hooks behind; the events file is complete
        Runtime.getRuntime().halt(0);
    }

    private static String firstLines(String text, int n) {
        return String.join("\n", text.lines().skip(1).limit(n).toList());
    }

    /** Appends event lines to the events file, flushing each, so that what was written survives a crash. */
    static final class Writer implements AutoCloseable {
        private final java.io.Writer out;

        Writer(Path file) throws IOException {
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            out.write(Events.HEADER + "\n");
            out.flush();
        }

        synchronized void write(String type, Object... fields) throws IOException {
            out.write(Events.encode(type, fields) + "\n");
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /**
     * The options of one JMH run, as the host passes them: {@code forks wi wtimeMs i timeMs mode unit}. JMH's forks
     * inherit this JVM's flags (the user's jvmArgs and the check's -Xbatch), as JMH does by default.
     */
    record RunOptions(int forks, int warmupIterations, long warmupMillis, int iterations, long iterationMillis,
            String mode, String timeUnit) {
        static RunOptions parse(List<String> a) {
            return new RunOptions(Integer.parseInt(a.get(0)), Integer.parseInt(a.get(1)), Long.parseLong(a.get(2)),
                    Integer.parseInt(a.get(3)), Long.parseLong(a.get(4)), a.get(5), a.get(6));
        }
    }
}
