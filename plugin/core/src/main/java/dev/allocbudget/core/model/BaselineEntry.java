package dev.allocbudget.core.model;

import java.util.List;

/**
 * One method's recorded figures in the baseline file.
 *
 * @param objectsPerOp {@code null} when objects were not counted when the baseline was recorded
 * @param reason       the human reason a reviewer wrote for the figure; kept when the file is rewritten
 * @param time         JMH's time figure, when the baseline was recorded with JMH; otherwise {@code null}
 * @param sites        where the method allocated when the figures were taken, so that a later change can be shown
 *                     as new, grown and gone sites: every stack for the reference's figures (its differential flame
 *                     graph too), the sites as reports show them (the user's line and the allocating frame) from a
 *                     baseline file; {@code null} when they were not counted (a file of an earlier version)
 */
public record BaselineEntry(double bytesPerOp, Double objectsPerOp, String reason, Time time,
        List<AllocationSite> sites) {

    public BaselineEntry {
        sites = sites == null ? null : List.copyOf(sites);
    }

    public BaselineEntry(double bytesPerOp, Double objectsPerOp, String reason) {
        this(bytesPerOp, objectsPerOp, reason, null, null);
    }

    public BaselineEntry(double bytesPerOp, Double objectsPerOp, String reason, Time time) {
        this(bytesPerOp, objectsPerOp, reason, time, null);
    }

    /** The figures alone: what two measurements must share to agree (their sites may differ in the last digit). */
    public BaselineEntry withoutSites() {
        return sites == null ? this : new BaselineEntry(bytesPerOp, objectsPerOp, reason, time, null);
    }

    /** JMH's score with its 99.9% confidence half-width, as {@link JmhResult} has them. */
    public record Time(double score, double error, String unit, String mode) {
        public static Time of(JmhResult r) {
            return new Time(r.score(), r.error(), r.unit(), r.mode());
        }
    }
}
