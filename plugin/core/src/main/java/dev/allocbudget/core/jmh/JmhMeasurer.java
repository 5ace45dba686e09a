package dev.allocbudget.core.jmh;

import dev.allocbudget.core.check.TimeGate;
import dev.allocbudget.core.fork.ForkLauncher;
import dev.allocbudget.core.fork.JmhReply;
import dev.allocbudget.core.io.Figures;
import dev.allocbudget.core.model.AllocDisagreement;
import dev.allocbudget.core.model.CheckListener;
import dev.allocbudget.core.model.JmhFailure;
import dev.allocbudget.core.model.JmhResult;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.Problem;
import dev.allocbudget.core.model.Verdict;
import dev.allocbudget.core.report.ConsoleText;
import dev.allocbudget.runner.protocol.MethodId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs every measured method under JMH as well, after the check: one JVM generates the benchmarks (wrappers for
 * plain budget methods, JMH's own processor for {@code @Benchmark} methods), then one JVM per method runs JMH, which
 * forks its own. Results are attached to the check's rows ({@code id[param=value]} for each {@code @Param} row).
 */
public final class JmhMeasurer {
    private final ForkLauncher launcher;
    private final JmhOptions options;
    private final Path reportDir;
    private final CheckListener listener;
    private final TimeGate timeGate;
    private final String reference;
    private final String javaVersion;

    /**
     * @param reportDir where JMH's work directory and its JSON result go
     * @param timeGate  runs each method beside {@code reference} and compares their times; {@code null}: one JMH
     *                  run per method with the user's settings, and timings fail nothing
     * @param reference the reference's name, for the time gate
     * @param javaVersion the forks' Java, which a warning about JMH's figure names
     */
    public JmhMeasurer(ForkLauncher launcher, JmhOptions options, Path reportDir, CheckListener listener,
            TimeGate timeGate, String reference, String javaVersion) {
        this.launcher = launcher;
        this.options = options;
        this.reportDir = reportDir;
        this.listener = listener;
        this.timeGate = timeGate;
        this.reference = reference;
        this.javaVersion = javaVersion;
    }

    /** The results with JMH's figures attached; methods JMH could not run become errors that say why. */
    public List<MethodResult> measure(List<MethodResult> results) throws IOException, InterruptedException {
        Map<MethodId, List<MethodResult.Measured>> byMethod = new LinkedHashMap<>();
        results.stream().filter(r -> r.verdict() != Verdict.ERROR).map(MethodResult.Measured.class::cast)
                .forEach(r -> byMethod.computeIfAbsent(r.id().base(), k -> new ArrayList<>()).add(r));
        if (byMethod.isEmpty()) {
            return results;
        }
        listener.jmhStarted(byMethod.size(), timeGate == null ? options.describe()
                : ReferencePairs.describe(reference, options));
        Path workDir = cleanDirectory(reportDir.resolve("jmh"));
        JmhReply.Prepared prepared = launcher.prepareJmh(workDir, List.copyOf(byMethod.keySet()));
        Map<MethodId, MethodResult> updated = new LinkedHashMap<>();
        results.forEach(r -> updated.put(r.id(), r));
        if (prepared.problem() != null) {
            JmhFailure failure = new JmhFailure(false, prepared.problem(), true);
            byMethod.values().forEach(rows -> rows.forEach(r -> updated.put(r.id(),
                    r.withJmh(failure, null, Duration.ZERO))));
            return List.copyOf(updated.values());
        }
        // a shape JMH refuses is JMH's limit, not a failure of the build: said once, and the check's figure stands,
        // unless the time gate needs JMH's; a JMH that could not be prepared or run at all is an error
        prepared.refused().forEach((baseId, why) -> {
            JmhFailure failure = new JmhFailure(false, new Problem.Failed(why), timeGate != null);
            if (!failure.required()) {
                listener.warning(ConsoleText.jmhFailed(baseId, failure));
            }
            byMethod.remove(baseId).forEach(r -> updated.put(r.id(), r.withJmh(failure, null, Duration.ZERO)));
        });
        Duration spent = Duration.ZERO;
        int done = 0;
        for (Map.Entry<MethodId, List<MethodResult.Measured>> method : byMethod.entrySet()) {
            MethodId baseId = method.getKey();
            String benchmark = prepared.benchmarks().get(baseId);
            Measured measured = timeGate == null
                    ? once(baseId, method.getValue().get(0).budget().threads(), benchmark, workDir,
                            workDir.resolve("result-" + (done + 1) + ".json"))
                    : paired(baseId, benchmark, workDir);
            if (!measured.waited().isZero()) {
                listener.warning(baseId + ": JMH waited " + Figures.seconds(measured.waited()) + " s for "
                        + measured.lockFile() + ", held by another JMH run on this machine");
            }
            spent = spent.plus(measured.elapsed()); // the estimate is of running, not of waiting
            done++;
            Duration left = spent.dividedBy(done).multipliedBy(byMethod.size() - done);
            for (MethodResult.Measured r : method.getValue()) {
                JmhResult figures = measured.rows().get(r.id());
                MethodResult.Measured next = figures != null
                        ? r.withJmh(figures, timeGate == null ? null : timeGate.breach(figures), measured.elapsed())
                        : r.withJmh(new JmhFailure(true, measured.failure(), true), null, Duration.ZERO);
                updated.put(r.id(), next);
                listener.jmhFinished(done, byMethod.size(), next, left);
                AllocDisagreement disagreement = AllocDisagreement.of(next);
                if (disagreement != null) {
                    listener.warning(ConsoleText.jmhDisagreement(next.id(), disagreement, javaVersion));
                }
            }
        }
        if (timeGate == null) {
            JmhResultFile.merge(workDir, done, reportDir.resolve(JmhResultFile.NAME));
        }
        return List.copyOf(updated.values());
    }

    /**
     * A method's JMH figures by row id; why a row has none ({@code null}: the run just reported no row for it); its
     * time running, and waiting for JMH's lock (the lock's file, or null when no run waited).
     */
    record Measured(Map<MethodId, JmhResult> rows, Problem failure, Duration elapsed, Duration waited,
            String lockFile) {

        /** How long the JMH runs of {@code runs} waited for JMH's lock, and which file that was. */
        static Measured of(Map<MethodId, JmhResult> rows, Problem failure, List<JmhReply.Ran> runs) {
            Duration waited = Duration.ZERO;
            Duration elapsed = Duration.ZERO;
            String lockFile = null;
            for (JmhReply.Ran run : runs) {
                lockFile = run.lockFile() != null ? run.lockFile() : lockFile;
                waited = waited.plus(run.waited());
                elapsed = elapsed.plus(run.elapsed()).minus(run.waited());
            }
            return new Measured(rows, failure, elapsed, waited, lockFile);
        }
    }

    /**
     * One JMH run with the user's settings (where the method's own annotations do not replace the defaults), on the
     * budget's {@code threads} ({@code -t N}), JMH's JSON result written to {@code resultFile}.
     */
    private Measured once(MethodId baseId, int threads, String benchmarkRegex, Path workDir, Path resultFile)
            throws IOException, InterruptedException {
        JmhReply.Ran run = launcher.runJmh(workDir.resolve("classes"), baseId, benchmarkRegex,
                options.forRun().onThreads(threads), false, resultFile);
        String announced = options.describe() + (threads == 1 ? "" : ", " + threads + " threads");
        Map<MethodId, JmhResult> rows = new LinkedHashMap<>();
        run.rows().forEach((id, row) -> rows.put(id, new JmhResult(row.score(), row.scoreError(),
                row.unit(), row.mode(), Double.isNaN(row.allocNorm()) ? null : row.allocNorm(), null,
                row.settings().equals(announced) ? null : row.settings(), options.iterationTime().toNanos())));
        return Measured.of(rows, run.problem(), List.of(run));
    }

    /** Pairs of runs, the reference's and this build's, for the time gate. */
    private Measured paired(MethodId baseId, String benchmarkRegex, Path workDir)
            throws IOException, InterruptedException {
        return new ReferencePairs(launcher, workDir.resolve("classes"), options, timeGate, reference)
                .run(baseId, benchmarkRegex);
    }

    /**
     * Removes what an earlier JMH run left in {@code reportDir} (its work directory and {@code jmh-result.json}):
     * a build that runs JMH writes them afresh, and one that does not must not leave them looking like its own.
     */
    public static void removeEarlierOutputs(Path reportDir) throws IOException {
        Files.deleteIfExists(reportDir.resolve(JmhResultFile.NAME));
        Path workDir = reportDir.resolve("jmh");
        if (Files.exists(workDir)) {
            Files.delete(cleanDirectory(workDir));
        }
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
