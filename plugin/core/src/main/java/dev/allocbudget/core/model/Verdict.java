package dev.allocbudget.core.model;

/** The outcome for one method. */
public enum Verdict {
    /** Measured, and within every limit that applies. */
    PASS,
    /** Measured, and over its annotation budget in two forks. */
    FAIL,
    /** Measured, within its budget, but above its baseline figure (beyond the tolerance) in two forks. */
    REGRESSED,
    /** Not measured: wrong shape, the method threw, its fork died or hung, or the figure never settled. */
    ERROR;

    /** FAIL and REGRESSED: the method was measured and broke a limit; {@code failOnViolation=false} relaxes them. */
    public boolean isViolation() {
        return this == FAIL || this == REGRESSED;
    }
}
