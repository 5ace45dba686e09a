package dev.allocbudget.core.model;

/**
 * Where a measured method's figures come from: the result store, unchanged, or this run's forks, and then why the
 * stored figures did not do.
 *
 * @param reused        true when every figure came from the store: nothing the figures depend on changed since
 *                      they were measured, and no fork ran for the method
 * @param measuredAgain the first input that differs from the stored figures' (for a method measured although the
 *                      store had figures of it); {@code null} otherwise
 */
public record Reuse(boolean reused, KeyChange measuredAgain) {
    /** Measured in this run, with nothing stored to reuse (the first run, a new method, reuse switched off). */
    public static final Reuse MEASURED = new Reuse(false, null);
    /** Every figure reused. */
    public static final Reuse REUSED = new Reuse(true, null);

    /**
     * Where the figures of several sets of forks (both compile orders, a reference's) come from together: reused
     * when every set that ran was; else why the first set measured was. A {@code null} set asked for no fork.
     */
    public static Reuse first(Reuse... sets) {
        boolean any = false;
        for (Reuse r : sets) {
            if (r != null && !r.reused()) {
                return r;
            }
            any |= r != null;
        }
        return any ? REUSED : MEASURED;
    }
}
