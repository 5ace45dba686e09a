package dev.allocbudget.core;

/**
 * A goal fails the build: with methods over their budget or baseline ({@link #violations()}, which
 * {@code failOnViolation=false} relaxes), or because something could not be measured or written.
 */
public final class GoalFailure extends Exception {
    private final boolean violations;

    public GoalFailure(boolean violations, String message, Throwable cause) {
        super(message, cause);
        this.violations = violations;
    }

    /** True when the methods were measured and broke a limit; false when the goal could not do its work. */
    public boolean violations() {
        return violations;
    }
}
