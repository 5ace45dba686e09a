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

    /**
     * @param timeGate runs each method beside the request's reference and compares their times; {@code null}: one
     *                 JMH run per method with the user's settings, and timings fail nothing
     */
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
        listener.jmhStarted(byMethod.size(), timeGate == null ? options.describe()
                : ReferencePairs.describe(request.reference().name(), options));
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
            String baseId = method.getKey();
            Measured measured = timeGate == null
                    ? once(baseId, benchmarks.get(baseId), workDir, workDir.resolve("result-" + (done + 1) + ".json"))
                    : paired(baseId, benchmarks.get(baseId), workDir);
            if (!measured.waited().isZero()) {
                listener.warning(baseId + ": JMH waited " + Figures.seconds(measured.waited()) + " s for "
                        + measured.lockFile() + ", held by another JMH run on this machine");
            }
            spent = spent.plus(measured.elapsed()); // the estimate is of running, not of waiting
            done++;
            Duration left = spent.dividedBy(done).multipliedBy(byMethod.size() - done);
            for (MethodResult r : method.getValue()) {
                JmhResult figures = measured.rows().get(r.id());
                MethodResult next = figures != null ? r.withJmh(figures, measured.elapsed())
                        : r.withVerdict(Verdict.ERROR, r.id() + ": JMH gave no result for it: "
                                + (measured.failure() != null ? measured.failure() : "it reported no row for it"));
                if (timeGate != null) {
                    next = timeGate.apply(next);
                }
                updated.put(r.id(), next);
                listener.jmhFinished(done, byMethod.size(), next, left);
                disagreement(next).ifPresent(listener::warning);
            }
        }
        if (timeGate == null) {
            JmhResultFile.merge(workDir, done, request.reportDir().resolve(JmhResultFile.NAME));
        }
        return List.copyOf(updated.values());
    }

    /**
     * A method's JMH figures by row id; what to say of a row that has none (or null); its time running, and waiting
     * for JMH's lock (the lock's file, or null when no run waited).
     */
    record Measured(Map<String, JmhResult> rows, String failure, Duration elapsed, Duration waited, String lockFile) {

        /** How long the JMH runs of {@code runs} waited for JMH's lock, and which file that was. */
        static Measured of(Map<String, JmhResult> rows, String failure, List<ForkRun> runs) {
            Duration waited = Duration.ZERO;
            Duration elapsed = Duration.ZERO;
            String lockFile = null;
            for (ForkRun run : runs) {
                Optional<Event.JmhWaiting> waiting = run.first(Event.JmhWaiting.class);
                Duration wait = waiting.map(w -> Duration.ofMillis(w.millis())).orElse(Duration.ZERO);
                lockFile = waiting.map(Event.JmhWaiting::lockFile).orElse(lockFile);
                waited = waited.plus(wait);
                elapsed = elapsed.plus(run.elapsed()).minus(wait);
            }
            return new Measured(rows, failure, elapsed, waited, lockFile);
        }
    }

    /**
     * One JMH run with the user's settings (where the method's own annotations do not replace the defaults), JMH's
     * JSON result written to {@code resultFile}.
     */
    private Measured once(String baseId, String benchmarkRegex, Path workDir, Path resultFile)
            throws IOException, InterruptedException {
        ForkRun run = launcher.runJmh(workDir.resolve("classes"), benchmarkRegex, request.jmh().forRun(), false,
                resultFile);
        String announced = request.jmh().describe();
        Map<String, JmhResult> rows = new LinkedHashMap<>();
        rowsById(baseId, run).forEach((id, row) -> rows.put(id, new JmhResult(row.score(), row.scoreError(),
                row.unit(), row.mode(), Double.isNaN(row.allocNorm()) ? null : row.allocNorm(), null,
                row.settings().equals(announced) ? null : row.settings())));
        return Measured.of(rows, whyNot(run), List.of(run));
    }

    /** Pairs of runs, the reference's and this build's, for the time gate. */
    private Measured paired(String baseId, String benchmarkRegex, Path workDir)
            throws IOException, InterruptedException {
        return new ReferencePairs(launcher, workDir.resolve("classes"), request.jmh(), timeGate,
                request.reference().name(), this::whyNot).run(baseId, benchmarkRegex);
    }

    /** The rows JMH reported, by row id: {@code base}, or {@code base[a=1,b=x]} for {@code @Param} rows. */
    static Map<String, Event.JmhResult> rowsById(String baseId, ForkRun run) {
        Map<String, Event.JmhResult> rows = new LinkedHashMap<>();
        for (Event.JmhResult row : run.all(Event.JmhResult.class)) {
            rows.put(row.params().isEmpty() ? baseId : baseId + "[" + row.params() + "]", row);
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
