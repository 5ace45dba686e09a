package dev.allocbudget.core.model;

/**
 * What JMH measured for one method (one {@code @Param} row), with its GC profiler.
 *
 * @param score     time per call (or calls per time, by {@code mode}) in {@code unit}
 * @param error     half-width of JMH's 99.9% confidence interval; {@code NaN} when there were too few iterations
 * @param unit      e.g. {@code ns/op}
 * @param mode      JMH's short label: {@code avgt}, {@code thrpt}, {@code sample} or {@code ss}
 * @param allocNorm JMH's {@code gc.alloc.rate.norm}, bytes per call; {@code null} when the profiler gave none
 * @param reference the time against the reference's, when the time gate measured both; otherwise {@code null}
 * @param ownSettings the settings JMH ran the method with when its own annotations ({@code @Warmup}, ...) made them
 *                  differ from the run's announced ones; otherwise {@code null}
 */
public record JmhResult(double score, double error, String unit, String mode, Double allocNorm,
        TimeComparison reference, String ownSettings) implements JmhOutcome {

    /** Figures of a run with nothing to compare with. */
    public JmhResult(double score, double error, String unit, String mode, Double allocNorm) {
        this(score, error, unit, mode, allocNorm, null, null);
    }

    public JmhResult(double score, double error, String unit, String mode, Double allocNorm,
            TimeComparison reference) {
        this(score, error, unit, mode, allocNorm, reference, null);
    }

    /** Higher is better in throughput mode; in the others (time per call) lower is. */
    public boolean higherIsBetter() {
        return mode.equals("thrpt");
    }
}
