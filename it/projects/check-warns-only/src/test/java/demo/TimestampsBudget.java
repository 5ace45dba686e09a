package demo;

import dev.allocbudget.AllocationBudget;

public class TimestampsBudget {
    public long millis = 1_700_000_000_123L;

    @AllocationBudget(bytes = 8)
    public Long boxed() {
        return Timestamps.boxed(millis);
    }

    @AllocationBudget(bytes = 0)
    public long rounded() {
        return Timestamps.rounded(millis);
    }
}
