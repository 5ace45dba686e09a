package dev.allocbudget.core;

/**
 * A method found by discovery.
 *
 * @param id               {@code fully.qualified.ClassName#methodName}
 * @param tolerancePercent the annotation's baseline tolerance, or {@code null} for the build's default
 * @param problem          why the method's shape cannot be measured, or {@code null} when it can
 */
public record BudgetMethod(String id, Budget budget, Double tolerancePercent, String problem) {}
