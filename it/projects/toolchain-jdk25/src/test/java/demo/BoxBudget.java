package demo;

import dev.allocbudget.AllocationBudget;

public class BoxBudget {
    public int large = 100_000;

    @AllocationBudget(bytes = 16, objects = 1)
    public Integer box() {
        return large;
    }
}
