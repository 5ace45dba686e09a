package dev.allocbudget.runner.shape;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.runner.protocol.MethodId;
import java.lang.reflect.Method;

/**
 * One row of a budget method as its class declares it: the id the check measures it under, the method, the
 * annotation, and why it cannot be measured ({@code null} when it can).
 */
public record BudgetDeclaration(MethodId id, Method method, AllocationBudget budget, String problem) {}
