package dev.allocbudget.runner.shape;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.runner.protocol.MethodId;
import java.lang.reflect.Method;

/**
 * One row of a budget method as its class declares it: the id the check measures it under, the method, the
 * budget that applies on this Java and which one it is ({@link JavaBudgets.Choice}), and why it cannot be
 * measured ({@code null} when it can).
 */
public record BudgetDeclaration(MethodId id, Method method, JavaBudgets.Choice budget, String problem) {

    /** The bytes limit, {@link AllocationBudget#UNLIMITED} when no budget applies. */
    public long bytes() {
        return budget.budget() == null ? AllocationBudget.UNLIMITED : budget.budget().bytes();
    }

    public long objects() {
        return budget.budget() == null ? AllocationBudget.UNLIMITED : budget.budget().objects();
    }

    public double tolerancePercent() {
        return budget.budget() == null ? AllocationBudget.BUILD_DEFAULT : budget.budget().tolerancePercent();
    }

    /** How many threads call the method at once: the budget's {@code threads}, 1 when no budget applies. */
    public int threads() {
        return budget.budget() == null ? 1 : budget.budget().threads();
    }

    /** Whether figures may be reused: every budget of the method must allow it. */
    public boolean reuse() {
        for (AllocationBudget b : JavaBudgets.of(method)) {
            if (!b.reuse()) {
                return false;
            }
        }
        return true;
    }
}
