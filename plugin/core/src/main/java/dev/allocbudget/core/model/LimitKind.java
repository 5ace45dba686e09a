package dev.allocbudget.core.model;

/** Where a limit comes from. */
public enum LimitKind {
    /** The annotation's budget: a hard limit, no tolerance. */
    BUDGET,
    /** The method's entry in the baseline file, give or take the tolerance. */
    BASELINE,
    /** The reference's figures, measured in the same run, give or take the tolerance. */
    REFERENCE
}
