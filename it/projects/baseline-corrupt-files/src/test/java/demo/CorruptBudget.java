package demo;

import dev.allocbudget.AllocationBudget;

public class CorruptBudget {
    public int value = 100_000;

    @AllocationBudget(bytes = 16)
    public Integer boxed() {
        return value;
    }

    @AllocationBudget(bytes = 0)
    public int hashed() {
        return Integer.hashCode(value) * 31;
    }
}
