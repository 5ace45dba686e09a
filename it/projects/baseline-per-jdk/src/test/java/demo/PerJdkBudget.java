package demo;

import dev.allocbudget.AllocationBudget;

public class PerJdkBudget {
    public int value = 100_000;

    @AllocationBudget(bytes = 64)
    public Integer boxed() {
        return value; // 16 B, 1 object
    }

    @AllocationBudget
    public int[] array() {
        return new int[8]; // 48 B, 1 object
    }
}
