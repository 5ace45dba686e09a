package demo;

import dev.allocbudget.AllocationBudget;

public class CountersBudget {
    public int value = 100_000;
    public int[] counts = new int[16];

    @AllocationBudget(bytes = 0)
    public int increment() {
        return Counters.increment(counts, value);
    }

    @AllocationBudget(bytes = 16)
    public Integer boxed() {
        return Counters.boxed(value);
    }

    /** No bytes: measured and reported, never over budget. */
    @AllocationBudget
    public long[] snapshot() {
        return Counters.snapshot(value, value + 1, value + 2, value + 3);
    }
}
