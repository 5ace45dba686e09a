package demo;

import dev.allocbudget.AllocationBudget;

public class MixedBudget {
    public int value = 100_000;

    @AllocationBudget(bytes = 0)
    public Integer overBudget() {
        return value;
    }

    @AllocationBudget
    public int broken() {
        throw new UnsupportedOperationException("not yet");
    }
}
