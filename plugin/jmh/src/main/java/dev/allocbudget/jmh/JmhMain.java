package dev.allocbudget.jmh;

import dev.allocbudget.runner.ForkedMain;
import dev.allocbudget.runner.ParentWatcher;
import dev.allocbudget.runner.protocol.Event;
import dev.allocbudget.runner.protocol.EventWriter;
import dev.allocbudget.runner.protocol.JmhCommand;
import dev.allocbudget.runner.shape.CompilerBlackholes;
import dev.allocbudget.runner.shape.ThrownText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/**
 * The entry point of the JVMs that run JMH for the check. Two steps, each in a JVM of its own, because JMH forks
 * its benchmark JVMs with the classpath of the JVM that runs it, so the generated benchmarks must already be on
 * that JVM's classpath:
 *
 * <pre>
 * JmhMain prepare EVENTS PREPARE_COMMAND    generate and compile benchmarks into the command's WORK_DIR/classes
 * JmhMain run     EVENTS RUN_COMMAND        run one benchmark (all its @Param rows) with the GC profiler
 * </pre>
 *
 * Each command is one argument of named values ({@link JmhCommand}). JMH's forks inherit this JVM's flags (the user's jvmArgs
 * and the check's {@link ForkedMain#JVM_FLAGS}), as JMH does by default. Both steps write their events with the
 * runner's {@link EventWriter} and end the file with {@code bye}.
 */
public final class JmhMain {
    private JmhMain() {}

    public static void main(String[] args) throws Exception {
        // a JMH run holds the machine-wide JMH lock: an orphan would keep every later run waiting
        ParentWatcher.start();
        Path events = Path.of(args[1]);
        try (EventWriter out = new EventWriter(events)) {
            try {
                switch (args[0]) {
                    case "prepare":
                        JmhCommand.Prepare prepare = JmhCommand.Prepare.decode(args[2]);
                        BenchmarkGenerator.prepare(out, prepare.workDir(), prepare.methods());
                        break;
                    case "run":
                        // the time gate's runs measure in this JVM (JMH's forks = 0): give it JMH's blackholes
                        CompilerBlackholes.enableWhereHonoured();
                        JmhCommand.Run run = JmhCommand.Run.decode(args[2]);
                        BenchmarkRun.run(out, run.benchmarkRegex(), run.options(), run.resultFile());
                        break;
                    default:
                        throw new IllegalArgumentException("unknown mode " + args[0]);
                }
            } catch (Throwable t) {
                Throwable thrown = thrownByBenchmark(t);
                if (thrown != null) {
                    out.write(new Event.Error("the benchmark threw " + ThrownText.describe(thrown)));
                } else {
                    StringWriter trace = new StringWriter();
                    t.printStackTrace(new PrintWriter(trace));
                    out.write(new Event.Error("JMH failed: " + t + "\n" + firstLines(trace.toString(), 12)));
                }
            }
            out.write(new Event.Bye());
        }
        System.out.flush();
        // halt: JMH and javac leave non-daemon threads and shutdown hooks behind; the events file is complete
        Runtime.getRuntime().halt(0);
    }

    /**
     * The exception a benchmark method threw, or null: JMH wraps it the same way every time (a RunnerException caused
     * by a BenchmarkException), and keeps the benchmark's own exceptions as the latter's suppressed ones.
     */
    static Throwable thrownByBenchmark(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getSuppressed().length > 0) {
                return c.getSuppressed()[0];
            }
        }
        return null;
    }

    private static String firstLines(String text, int n) {
        return String.join("\n", text.lines().skip(1).limit(n).toList());
    }
}
