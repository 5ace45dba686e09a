package dev.allocbudget.runner;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.runner.protocol.MethodId;

/**
 * A budget method of the runner's own, never discovered in a project: the engine measures it once per JDK to list the
 * JDK classes a measuring fork loads, and makes its class-data archive from that list.
 */
public final class Calibration {
    /** The id a {@code measure} fork takes. */
    public static final MethodId ID = new MethodId(Calibration.class.getName(), "call", "");

    /** Boxes a value outside {@code Integer}'s cache: a figure that needs a settled window, as most methods do. */
    @AllocationBudget(bytes = 16)
    public Integer call() {
        return Integer.valueOf(100_000);
    }
}
