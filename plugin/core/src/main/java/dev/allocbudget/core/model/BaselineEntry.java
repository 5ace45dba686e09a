package dev.allocbudget.core.model;

/**
 * One method's recorded figures in the baseline file.
 *
 * @param objectsPerOp {@code null} when objects were not counted when the baseline was recorded
 * @param reason       the human reason a reviewer wrote for the figure; kept when the file is rewritten
 * @param time         JMH's time figure, when the baseline was recorded with JMH; otherwise {@code null}
 */
public record BaselineEntry(double bytesPerOp, Double objectsPerOp, String reason, Time time) {

    public BaselineEntry(double bytesPerOp, Double objectsPerOp, String reason) {
        this(bytesPerOp, objectsPerOp, reason, null);
    }

    /** JMH's score with its 99.9% confidence half-width, as {@link JmhResult} has them. */
    public record Time(double score, double error, String unit, String mode) {
        public static Time of(JmhResult r) {
            return new Time(r.score(), r.error(), r.unit(), r.mode());
        }
    }
}
