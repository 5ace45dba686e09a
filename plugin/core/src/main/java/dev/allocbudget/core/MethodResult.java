package dev.allocbudget.core;

import java.time.Duration;

/**
 * What the check found for one method.
 *
 * @param bytesPerOp bytes one call allocates in steady state, or {@code null} when it was not measured (never 0 in
 *                   place of an unknown figure)
 * @param objects    objects per call and their sites, or why they were not counted
 * @param baseline   how the figures compare with the baseline file, or {@code null} when there is no baseline file
 *                   or no figure
 * @param message    for {@code FAIL}, {@code REGRESSED} and {@code ERROR}, one line (errors may add detail lines)
 *                   starting with the id; otherwise {@code null}, or a note
 * @param elapsed    wall time of the forks that measured the method
 * @param jmh        JMH's figures, when the check ran JMH too; otherwise {@code null}
 * @param detail     how {@code bytesPerOp} is made up (threads, mean), or {@code null} when it was not measured
 */
public record MethodResult(String id, Double bytesPerOp, ObjectCount objects, Budget budget,
        BaselineComparison baseline, Verdict verdict, String message, Duration elapsed, JmhResult jmh,
        FigureDetail detail) {

    public MethodResult(String id, Double bytesPerOp, ObjectCount objects, Budget budget, BaselineComparison baseline,
            Verdict verdict, String message, Duration elapsed) {
        this(id, bytesPerOp, objects, budget, baseline, verdict, message, elapsed, null, null);
    }

    public MethodResult withJmh(JmhResult figures, Duration more) {
        return new MethodResult(id, bytesPerOp, objects, budget, baseline, verdict, message, elapsed.plus(more),
                figures, detail);
    }

    /** The same result, having taken {@code more} time (a fork on the reference's classes, say). */
    public MethodResult plus(Duration more) {
        return new MethodResult(id, bytesPerOp, objects, budget, baseline, verdict, message, elapsed.plus(more), jmh,
                detail);
    }

    public MethodResult withVerdict(Verdict newVerdict, String newMessage) {
        return new MethodResult(id, bytesPerOp, objects, budget, baseline, newVerdict, newMessage, elapsed, jmh,
                detail);
    }

    /** True when the figure is a mean over calls that allocate differently. */
    public boolean amortized() {
        return detail != null && detail.amortized();
    }

    /** REGRESSED on time alone (the time gate), its allocation not regressed: its sites are no news. */
    public boolean isTimeOnlyRegression() {
        return verdict == Verdict.REGRESSED
                && (baseline == null || baseline.status() != BaselineComparison.Status.REGRESSED);
    }

    /** The id without a {@code [param=value]} row suffix: the method. */
    public String baseId() {
        int bracket = id.indexOf('[');
        return bracket < 0 ? id : id.substring(0, bracket);
    }

    /** Objects per call, or {@code null} when they were not counted. */
    public Double objectsPerOp() {
        return objects == null ? null : objects.perOp();
    }

    /** The class part of the id. */
    public String className() {
        return id.substring(0, id.indexOf('#'));
    }

    /** The method part of the id, with a {@code [param=value]} row suffix if it has one. */
    public String methodName() {
        return id.substring(id.indexOf('#') + 1);
    }
}
