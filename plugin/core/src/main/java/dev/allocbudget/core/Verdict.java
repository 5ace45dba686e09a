package dev.allocbudget.core;

/** The outcome for one method. */
public enum Verdict {
    /** Measured, and within every limit that applies. */
    PASS,
    /** Measured, and over a limit in two forks. */
    FAIL,
    /** Not measured: wrong shape, the method threw, its fork died or hung, or the figure never settled. */
    ERROR
}
