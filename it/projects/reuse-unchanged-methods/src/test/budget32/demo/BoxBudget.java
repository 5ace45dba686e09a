package demo;

import dev.allocbudget.AllocationBudget;

/** A Long outside the cache: 24 B a call, over a budget of 16 and within one of 32. */
public class BoxBudget {
    private long value = 100_000;

    @AllocationBudget(bytes = 32)
    public Long box() {
        return value;
    }
}
