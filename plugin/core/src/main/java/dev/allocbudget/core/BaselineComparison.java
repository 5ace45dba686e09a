package dev.allocbudget.core;

/**
 * How a method's figures compare with its baseline entry.
 *
 * @param entry the recorded figures, {@code null} when the status is {@code NEW}
 */
public record BaselineComparison(Status status, BaselineEntry entry) {

    public enum Status {
        /** Within the tolerance of the recorded figures. */
        SAME,
        /** Below a recorded figure by more than the tolerance, in two forks: the baseline can be tightened. */
        IMPROVED,
        /** Above a recorded figure by more than the tolerance, in two forks. */
        REGRESSED,
        /** No entry for the method (on this Java feature version): it passes and is reported. */
        NEW
    }

    public static final BaselineComparison NEW = new BaselineComparison(Status.NEW, null);
}
