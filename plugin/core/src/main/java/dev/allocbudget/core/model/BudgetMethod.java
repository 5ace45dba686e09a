package dev.allocbudget.core.model;

import dev.allocbudget.runner.protocol.MethodId;

/**
 * A method found by discovery.
 *
 * @param id               the method (row)
 * @param tolerancePercent the annotation's baseline tolerance, or {@code null} for the build's default
 * @param problem          why the method's shape cannot be measured, or {@code null} when it can
 */
public record BudgetMethod(MethodId id, Budget budget, Double tolerancePercent, String problem) {}
