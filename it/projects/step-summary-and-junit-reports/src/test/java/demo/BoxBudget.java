package demo;

import dev.allocbudget.AllocationBudget;

public class BoxBudget {
    public int large = 100_000;

    @AllocationBudget(bytes = 16)
    public Integer box() {
        return large;
    }

    @AllocationBudget(bytes = 0)
    public int unbox() {
        return large;
    }
}
