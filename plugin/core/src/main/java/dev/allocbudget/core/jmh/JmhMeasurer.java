package dev.allocbudget.core.jmh;

import dev.allocbudget.core.CheckListener;
import dev.allocbudget.core.CheckRequest;
import dev.allocbudget.core.Figures;
import dev.allocbudget.core.JmhResult;
import dev.allocbudget.core.MethodResult;
import dev.allocbudget.core.Verdict;
import dev.allocbudget.core.check.TimeGate;
import dev.allocbudget.core.fork.ForkLauncher;
import dev.allocbudget.core.fork.ForkRun;
import dev.allocbudget.runner.protocol.Event;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs every measured method under JMH as well, after the check: one JVM generates the benchmarks (wrappers for
 * plain budget methods, JMH's own processor for {@code @Benchmark} methods), then one JVM per method runs JMH, which
 * forks its own. Results are attached to the check's rows ({@code id[param=value]} for each {@code @Param} row).
 */
public final class JmhMeasurer {
    private final ForkLauncher launcher;
    private final CheckRequest request;
    private final CheckListener listener;
    private final TimeGate timeGate;

    /** @param timeGate compares each row's time with the baseline's; {@code null}: timings fail nothing */
    public JmhMeasurer(ForkLauncher launcher, CheckRequest request, CheckListener listener, TimeGate timeGate) {
        this.launcher = launcher;
        this.request = request;
        this.listener = listener;
        this.timeGate = timeGate;
    }

    /** The results with JMH's figures attached; methods JMH could not run become errors that say why. */
    public List<MethodResult> measure(List<MethodResult> results) throws IOException, InterruptedException {
        Map<String, List<MethodResult>> byMethod = new LinkedHashMap<>();
        results.stream().filter(r -> r.verdict() != Verdict.ERROR)
                .forEach(r -> byMethod.computeIfAbsent(r.baseId(), k -> new ArrayList<>()).add(r));
        if (byMethod.isEmpty()) {
            return results;
        }
        JmhOptions options = request.jmh();
        listener.jmhStarted(byMethod.size(), options.describe());
        Path workDir = cleanDirectory(request.reportDir().resolve("jmh"));
        ForkRun prepared = launcher.prepareJmh(workDir, List.copyOf(byMethod.keySet()));
        Optional<String> failed = prepared.failure(request.forkTimeout())
                .or(prepared::error);
        Map<String, MethodResult> updated = new LinkedHashMap<>();
        results.forEach(r -> updated.put(r.id(), r));
        if (failed.isPresent()) {
            byMethod.values().forEach(rows -> rows.forEach(r -> updated.put(r.id(),
                    r.withVerdict(Verdict.ERROR, r.id() + ": JMH could not be prepared: " + failed.get()))));
            return List.copyOf(updated.values());
        }
        Map<String, String> benchmarks = new LinkedHashMap<>();
        prepared.all(Event.JmhBenchmark.class).forEach(b -> benchmarks.put(b.methodId(), b.benchmarkRegex()));
        Duration spent = Duration.ZERO;
        int done = 0;
        for (Map.Entry<String, List<MethodResult>> method : byMethod.entrySet()) {
            ForkRun run = launcher.runJmh(workDir.resolve("classes"), benchmarks.get(method.getKey()),
                    options.forRun());
            Optional<Event.JmhWaiting> waiting = run.first(Event.JmhWaiting.class);
            Duration waited = waiting.map(w -> Duration.ofMillis(w.millis())).orElse(Duration.ZERO);
            if (!waited.isZero()) {
                listener.warning(method.getKey() + ": JMH waited " + Figures.seconds(waited) + " s for "
                        + waiting.get().lockFile() + ", held by another JMH run on this machine");
            }
            spent = spent.plus(run.elapsed()).minus(waited); // the estimate is of running, not of waiting
            done++;
            Duration left = spent.dividedBy(done).multipliedBy(byMethod.size() - done);
            Map<String, JmhResult> rows = rows(method.getKey(), run);
            for (MethodResult r : method.getValue()) {
                JmhResult figures = rows.get(r.id());
                MethodResult next = figures != null ? r.withJmh(figures, run.elapsed())
                        : r.withVerdict(Verdict.ERROR, r.id() + ": JMH gave no result for it: " + whyNot(run));
                if (timeGate != null) {
                    next = timeGate.apply(next);
                }
                updated.put(r.id(), next);
                listener.jmhFinished(done, byMethod.size(), next, left);
                disagreement(next).ifPresent(listener::warning);
            }
        }
        return List.copyOf(updated.values());
    }

    /** The rows JMH reported, by row id: {@code base}, or {@code base[a=1,b=x]} for {@code @Param} rows. */
    private static Map<String, JmhResult> rows(String baseId, ForkRun run) {
        Map<String, JmhResult> rows = new LinkedHashMap<>();
        for (Event.JmhResult row : run.all(Event.JmhResult.class)) {
            String id = row.params().isEmpty() ? baseId : baseId + "[" + row.params() + "]";
            rows.put(id, new JmhResult(row.score(), row.scoreError(), row.unit(), row.mode(),
                    Double.isNaN(row.allocNorm()) ? null : row.allocNorm()));
        }
        return rows;
    }

    private String whyNot(ForkRun run) {
        return run.error().or(() -> run.failure(request.forkTimeout()))
                .orElse("the JMH run reported no row for it (see " + run.logs() + ")");
    }

    /**
     * JMH's {@code gc.alloc.rate.norm} and the check's bytes/op measure the same thing in two JVMs; more than 1 B/op
     * and 1% apart, the user should know, with the likely reasons.
     */
    static Optional<String> disagreement(MethodResult r) {
        if (r.jmh() == null || r.jmh().allocNorm() == null || r.bytesPerOp() == null) {
            return Optional.empty();
        }
        double ours = r.bytesPerOp();
        double jmh = r.jmh().allocNorm();
        double difference = Math.abs(jmh - ours);
        if (difference <= 1 || difference <= ours * 0.01) {
            return Optional.empty();
        }
        return Optional.of(r.id() + ": JMH's gc.alloc.rate.norm is " + Figures.number(jmh) + " B/op, the check measured "
                + Figures.number(ours) + " B/op. Likely reasons: the two JVMs compiled the method differently (C2"
                + " inlining or escape analysis decided otherwise; more JMH forks show whether JMH's figure is"
                + " bimodal), allocation in @Setup(Level.Iteration) or in JMH's own iteration bookkeeping spread over"
                + " few calls (longer iterations shrink it), or work on other threads, which JMH's profiler can see"
                + " and the check does not.");
    }

    private static Path cleanDirectory(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> old = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) old.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }
}
