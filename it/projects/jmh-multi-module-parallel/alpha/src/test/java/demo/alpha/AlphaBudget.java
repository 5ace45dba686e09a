package demo.alpha;

import dev.allocbudget.AllocationBudget;

public class AlphaBudget {
    public int value = 100_000;

    @AllocationBudget(bytes = 16)
    public Integer boxed() {
        return value;
    }

    @AllocationBudget(bytes = 0)
    public int shifted() {
        return value << 3;
    }
}
