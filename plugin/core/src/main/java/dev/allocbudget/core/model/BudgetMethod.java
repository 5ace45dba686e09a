package dev.allocbudget.core.model;

import dev.allocbudget.runner.protocol.MethodId;

/**
 * A method found by discovery.
 *
 * @param id               the method (row)
 * @param tolerancePercent the annotation's baseline tolerance, or {@code null} for the build's default
 * @param problem          why the method's shape cannot be measured, or {@code null} when it can
 * @param reuse            whether its figures may be reused from an earlier build (the annotation's {@code reuse})
 */
public record BudgetMethod(MethodId id, Budget budget, Double tolerancePercent, String problem, boolean reuse) {

    /** A method whose figures may be reused. */
    public BudgetMethod(MethodId id, Budget budget, Double tolerancePercent, String problem) {
        this(id, budget, tolerancePercent, problem, true);
    }
}
