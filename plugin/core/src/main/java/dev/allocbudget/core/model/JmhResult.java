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
 * @param iterationNanos the length of a measurement iteration the run was given, or 0 when not known
 */
public record JmhResult(double score, double error, String unit, String mode, Double allocNorm,
        TimeComparison reference, String ownSettings, long iterationNanos) implements JmhOutcome {

    public JmhResult(double score, double error, String unit, String mode, Double allocNorm,
            TimeComparison reference, String ownSettings) {
        this(score, error, unit, mode, allocNorm, reference, ownSettings, 0);
    }

    /** Figures of a run with nothing to compare with. */
    public JmhResult(double score, double error, String unit, String mode, Double allocNorm) {
        this(score, error, unit, mode, allocNorm, null, null);
    }

    public JmhResult(double score, double error, String unit, String mode, Double allocNorm,
            TimeComparison reference) {
        this(score, error, unit, mode, allocNorm, reference, null);
    }

    /** The calls in one measurement iteration, from the time per call; {@code NaN} when not known. */
    public double callsPerIteration() {
        int slash = unit.indexOf('/');
        if (iterationNanos <= 0 || slash < 0 || !(score > 0)) {
            return Double.NaN;
        }
        String time = higherIsBetter() ? unit.substring(slash + 1) : unit.substring(0, slash); // ops/us or us/op
        double nanos = switch (time) {
            case "ns" -> 1;
            case "us" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            default -> Double.NaN;
        };
        double nanosPerCall = higherIsBetter() ? nanos / score : score * nanos;
        return iterationNanos / nanosPerCall;
    }

    /** Higher is better in throughput mode; in the others (time per call) lower is. */
    public boolean higherIsBetter() {
        return mode.equals("thrpt");
    }
}
