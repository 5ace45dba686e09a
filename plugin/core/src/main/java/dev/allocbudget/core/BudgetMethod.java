package dev.allocbudget.core;

/**
 * A method found by discovery.
 *
 * @param id      {@code fully.qualified.ClassName#methodName}
 * @param problem why the method's shape cannot be measured, or {@code null} when it can
 */
public record BudgetMethod(String id, Budget budget, String problem) {}
