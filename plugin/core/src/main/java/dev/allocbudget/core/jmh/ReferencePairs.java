package dev.allocbudget.core.jmh;

import dev.allocbudget.core.check.PairedRatios;
import dev.allocbudget.core.check.TimeGate;
import dev.allocbudget.core.fork.ForkLauncher;
import dev.allocbudget.core.fork.JmhReply;
import dev.allocbudget.core.model.JmhResult;
import dev.allocbudget.core.model.Problem;
import dev.allocbudget.core.model.TimeComparison;
import dev.allocbudget.core.report.ProblemText;
import dev.allocbudget.runner.protocol.Event;
import dev.allocbudget.runner.protocol.JmhRunOptions;
import dev.allocbudget.runner.protocol.MethodId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Runs one benchmark (every {@code @Param} row of it) for the time gate: in pairs of JVMs, one on the reference's
 * classes and one on this build's, one right after the other, with the order swapped from pair to pair (reference
 * first, then this build first, ...) so that a load that rises or falls during the run weighs on both sides alike.
 * Each JVM is fresh and runs JMH in itself (JMH's {@code forks = 0}): one JVM start per sample instead of two.
 * {@link TimeGate#PAIRS} pairs first; as many again when a row is a suspect ({@link TimeGate#suspect}); twice as
 * many again when a row is still undecided then ({@link TimeGate#undecided}).
 */
final class ReferencePairs {
    /** Iterations of 100 ms: the interval comes from the spread between pairs, not from long iterations. */
    private static final int WARMUP_ITERATIONS = 3;
    private static final int ITERATIONS = 5;
    private static final long ITERATION_MILLIS = 100;

    private final ForkLauncher launcher;
    private final Path classes;
    private final JmhRunOptions sample;
    private final TimeGate gate;
    private final String reference;

    /** The scores so far of one side, run by run, each run's rows by row id. */
    private final List<Map<MethodId, Event.JmhResult>> referenceRuns = new ArrayList<>();
    private final List<Map<MethodId, Event.JmhResult>> currentRuns = new ArrayList<>();
    private final List<JmhReply.Ran> runs = new ArrayList<>();
    /** Why the reference's run gave no result; the rows are then not compared. */
    private Problem referenceFailure;

    /** @param options the JMH mode and unit to keep; the iterations are the gate's own */
    ReferencePairs(ForkLauncher launcher, Path classes, JmhOptions options, TimeGate gate, String reference) {
        this.launcher = launcher;
        this.classes = classes;
        this.sample = new JmhRunOptions(0, WARMUP_ITERATIONS, ITERATION_MILLIS, ITERATIONS, ITERATION_MILLIS,
                options.mode(), options.timeUnit(), JmhRunOptions.ALL); // the pairs' settings, whatever a method says
        this.gate = gate;
        this.reference = reference;
    }

    /** {@code beside the reference 1.4.0: pairs of forks, 3 x 100 ms warm-up and 5 x 100 ms measurement each, avgt in ns} */
    static String describe(String reference, JmhOptions options) {
        return "beside the reference " + reference + ": pairs of forks, " + WARMUP_ITERATIONS + " x " + ITERATION_MILLIS
                + " ms warm-up and " + ITERATIONS + " x " + ITERATION_MILLIS + " ms measurement each, "
                + options.mode() + " in " + options.timeUnit();
    }

    /** Each row's figures with its comparison, or why this build's JMH run failed. */
    JmhMeasurer.Measured run(MethodId baseId, String benchmarkRegex) throws IOException, InterruptedException {
        Problem failure = pairs(baseId, benchmarkRegex, TimeGate.PAIRS);
        if (failure == null && referenceFailure == null && any(gate::suspect)) {
            failure = pairs(baseId, benchmarkRegex, TimeGate.PAIRS);
            if (failure == null && any(gate::undecided)) {
                failure = pairs(baseId, benchmarkRegex, TimeGate.MAX_PAIRS - 2 * TimeGate.PAIRS);
            }
        }
        if (failure != null) {
            return JmhMeasurer.Measured.of(Map.of(), failure, runs);
        }
        boolean confirmed = currentRuns.size() > TimeGate.PAIRS;
        Map<MethodId, JmhResult> rows = new LinkedHashMap<>();
        for (MethodId id : currentRuns.get(0).keySet()) {
            rows.put(id, figures(id, confirmed));
        }
        return JmhMeasurer.Measured.of(rows, null, runs);
    }

    /** Runs {@code count} more pairs; returns why this build's run failed, or null. */
    private Problem pairs(MethodId baseId, String regex, int count) throws IOException, InterruptedException {
        int first = currentRuns.size();
        for (int pair = first; pair < first + count; pair++) {
            boolean referenceFirst = pair % 2 == 0;
            if (referenceFirst) {
                runReference(baseId, regex);
            }
            JmhReply.Ran current = launcher.runJmh(classes, baseId, regex, sample, false, null);
            runs.add(current);
            if (current.rows().isEmpty()) {
                return current.problem();
            }
            Map<MethodId, Event.JmhResult> rows = current.rows();
            currentRuns.add(rows);
            if (!referenceFirst) {
                runReference(baseId, regex);
            }
            if (referenceFailure != null) {
                return null; // nothing to compare with: one run of this build gives its figures
            }
        }
        return null;
    }

    private void runReference(MethodId baseId, String regex) throws IOException, InterruptedException {
        if (referenceFailure != null) {
            return;
        }
        JmhReply.Ran run = launcher.runJmh(classes, baseId, regex, sample, true, null);
        runs.add(run); // it counts towards the method's time
        if (run.rows().isEmpty()) {
            referenceFailure = run.problem();
        } else {
            referenceRuns.add(run.rows());
        }
    }

    /** True when a row compared so far meets the test. */
    private boolean any(Predicate<PairedRatios.Ratio> test) {
        return currentRuns.get(0).keySet().stream().anyMatch(id -> {
            double[][] scores = scores(id);
            return scores != null && test.test(PairedRatios.of(scores[0], scores[1], higherIsBetter()));
        });
    }

    /** This build's median figures for the row, and its comparison with the reference. */
    private JmhResult figures(MethodId id, boolean confirmed) {
        Event.JmhResult first = currentRuns.get(0).get(id);
        double[] current = currentRuns.stream().mapToDouble(run -> run.get(id).score()).toArray();
        double[] alloc = currentRuns.stream().mapToDouble(run -> run.get(id).allocNorm()).toArray();
        double allocNorm = PairedRatios.median(alloc);
        double[][] scores = scores(id);
        TimeComparison comparison;
        if (referenceFailure != null) {
            comparison = TimeComparison.notCompared(reference, ProblemText.jmhRun(referenceFailure));
        } else if (scores == null) {
            comparison = TimeComparison.notCompared(reference, "the reference has no such row");
        } else {
            PairedRatios.Ratio r = PairedRatios.of(scores[0], scores[1], higherIsBetter());
            comparison = new TimeComparison(reference, scores[0].length, r.ratio(), r.low(), r.high(),
                    PairedRatios.median(scores[0]), PairedRatios.median(scores[1]), confirmed, null);
        }
        return new JmhResult(PairedRatios.median(current), Double.NaN, first.unit(), first.mode(),
                Double.isNaN(allocNorm) ? null : allocNorm, comparison, null, ITERATION_MILLIS * 1_000_000L);
    }

    /** The row's reference and current scores, pair by pair; null when the reference lacks the row. */
    private double[][] scores(MethodId id) {
        if (referenceRuns.size() != currentRuns.size()
                || referenceRuns.stream().anyMatch(run -> !run.containsKey(id))) {
            return null;
        }
        return new double[][] {
            referenceRuns.stream().mapToDouble(run -> run.get(id).score()).toArray(),
            currentRuns.stream().mapToDouble(run -> run.get(id).score()).toArray()};
    }

    private boolean higherIsBetter() {
        return sample.mode().equals("thrpt");
    }
}
