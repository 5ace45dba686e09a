package demo;

import dev.allocbudget.AllocationBudget;

public class IdsBudget {
    public int value = 100_000;

    @AllocationBudget(bytes = 0)
    public int unboxed() {
        return Ids.unboxed(value);
    }
}
