package dev.allocbudget.core;

import dev.allocbudget.jmh.JmhMain;
import dev.allocbudget.runner.Events;
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
final class JmhMeasurer {
    private final ForkLauncher launcher;
    private final CheckRequest request;
    private final CheckListener listener;
    private final TimeGate timeGate;

    /** @param timeGate compares each row's time with the baseline's; {@code null}: timings fail nothing */
    JmhMeasurer(ForkLauncher launcher, CheckRequest request, CheckListener listener, TimeGate timeGate) {
        this.launcher = launcher;
        this.request = request;
        this.listener = listener;
        this.timeGate = timeGate;
    }

    /** The results with JMH's figures attached; methods JMH could not run become errors that say why. */
    List<MethodResult> measure(List<MethodResult> results) throws IOException, InterruptedException {
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
                .or(() -> prepared.first(Events.ERROR).map(e -> e.get(1)));
        Map<String, MethodResult> updated = new LinkedHashMap<>();
        results.forEach(r -> updated.put(r.id(), r));
        if (failed.isPresent()) {
            byMethod.values().forEach(rows -> rows.forEach(r -> updated.put(r.id(),
                    r.withVerdict(Verdict.ERROR, r.id() + ": JMH could not be prepared: " + failed.get()))));
            return List.copyOf(updated.values());
        }
        Map<String, String> benchmarks = new LinkedHashMap<>();
        prepared.all(JmhMain.BENCHMARK).forEach(e -> benchmarks.put(e.get(1), e.get(2)));
        Duration spent = Duration.ZERO;
        int done = 0;
        for (Map.Entry<String, List<MethodResult>> method : byMethod.entrySet()) {
            ForkRun run = launcher.runJmh(workDir.resolve("classes"), benchmarks.get(method.getKey()), options);
            Duration waited = run.first(JmhMain.WAITING).map(e -> Duration.ofMillis(Long.parseLong(e.get(2))))
                    .orElse(Duration.ZERO);
            if (!waited.isZero()) {
                listener.warning(method.getKey() + ": JMH waited " + Figures.seconds(waited) + " s for "
                        + run.first(JmhMain.WAITING).get().get(1) + ", held by another JMH run on this machine");
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
        for (List<String> e : run.all(JmhMain.RESULT)) {
            String id = e.get(1).isEmpty() ? baseId : baseId + "[" + e.get(1) + "]";
            double allocNorm = Double.parseDouble(e.get(6));
            rows.put(id, new JmhResult(Double.parseDouble(e.get(2)), Double.parseDouble(e.get(3)), e.get(4), e.get(5),
                    Double.isNaN(allocNorm) ? null : allocNorm));
        }
        return rows;
    }

    private String whyNot(ForkRun run) {
        return run.first(Events.ERROR).map(e -> e.get(1)).or(() -> run.failure(request.forkTimeout()))
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
