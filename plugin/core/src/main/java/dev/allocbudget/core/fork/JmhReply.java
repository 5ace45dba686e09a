package dev.allocbudget.core.fork;

import dev.allocbudget.core.model.Problem;
import dev.allocbudget.runner.protocol.Event;
import dev.allocbudget.runner.protocol.MethodId;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The answers of the JMH driver's JVMs, each decoded once from its events. */
public final class JmhReply {
    private JmhReply() {}

    /**
     * The benchmarks generated for the methods, by method id, as regexes for JMH's include; or why none were.
     *
     * @param refused the methods JMH refused to generate a benchmark for, with what it said
     * @param problem why the benchmarks could not be generated; {@code null} when they were
     */
    public record Prepared(Map<MethodId, String> benchmarks, Map<MethodId, String> refused, Problem problem) {
        static Prepared of(ForkRun run) {
            Problem failed = run.failed().orElse(null);
            Map<MethodId, String> benchmarks = new LinkedHashMap<>();
            run.all(Event.JmhBenchmark.class).forEach(b -> benchmarks.put(b.methodId(), b.benchmarkRegex()));
            Map<MethodId, String> refused = new LinkedHashMap<>();
            run.all(Event.JmhRefused.class).forEach(r -> refused.put(r.methodId(), r.why()));
            return failed == null ? new Prepared(benchmarks, refused, null) : new Prepared(Map.of(), Map.of(), failed);
        }
    }

    /**
     * One JMH run of a benchmark: its rows, how long it waited for JMH's machine-wide lock (and which file that
     * was), and its wall time.
     *
     * @param rows     the rows JMH reported, by row id ({@code base}, or {@code base[a=1,b=x]} for {@code @Param} rows)
     * @param problem  why it reported no row: its error, how it ended, or none given
     * @param waited   how long it waited for the lock (zero when it did not)
     * @param lockFile the lock's file when it waited, else {@code null}
     */
    public record Ran(Map<MethodId, Event.JmhResult> rows, Problem problem, Duration waited, String lockFile,
            Duration elapsed) {
        static Ran of(ForkRun run, MethodId base) {
            Map<MethodId, Event.JmhResult> rows = new LinkedHashMap<>();
            for (Event.JmhResult row : run.all(Event.JmhResult.class)) {
                rows.put(row.params().isEmpty() ? base : base.withRow("[" + row.params() + "]"), row);
            }
            List<Event.JmhWaiting> waiting = run.all(Event.JmhWaiting.class);
            return new Ran(rows, run.problem(), waiting.isEmpty() ? Duration.ZERO : Duration.ofMillis(waiting.get(0).millis()),
                    waiting.isEmpty() ? null : waiting.get(0).lockFile(), run.elapsed());
        }
    }
}
