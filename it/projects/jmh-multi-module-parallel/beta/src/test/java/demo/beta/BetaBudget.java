package demo.beta;

import dev.allocbudget.AllocationBudget;

public class BetaBudget {
    public long value = 1_000_000L;

    @AllocationBudget(bytes = 24)
    public Long boxed() {
        return value;
    }

    @AllocationBudget(bytes = 32)
    public long[] pair() {
        return new long[] {value, value + 1};
    }
}
