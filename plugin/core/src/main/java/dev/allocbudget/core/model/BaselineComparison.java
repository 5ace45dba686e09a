package dev.allocbudget.core.model;

/**
 * How a method's figures compare with its baseline entry, or with the reference's figures when the module has a
 * reference and no baseline file.
 *
 * @param entry       the recorded (or the reference's) figures, {@code null} when the status is {@code NEW}
 * @param reference   the name of the reference compared with; {@code null} for the baseline file
 * @param notCompared why the reference gave no figures (it cannot run the method); {@code null} otherwise
 */
public record BaselineComparison(Status status, BaselineEntry entry, String reference, NotCompared notCompared) {

    public enum Status {
        /** Within the tolerance of the recorded figures. */
        SAME,
        /** Below a recorded figure by more than the tolerance, in two forks: the baseline can be tightened. */
        IMPROVED,
        /** Above a recorded figure by more than the tolerance, in two forks. */
        REGRESSED,
        /** No entry for the method (on this Java feature version), or none from the reference: it passes. */
        NEW
    }

    public static final BaselineComparison NEW = new BaselineComparison(Status.NEW, null);

    /** Compared with the baseline file. */
    public BaselineComparison(Status status, BaselineEntry entry) {
        this(status, entry, null, null);
    }
}
