package demo;

import dev.allocbudget.AllocationBudget;

public class CodecBudget {
    public int large = 100_000;

    @AllocationBudget(bytes = 16)
    public Integer box() {
        return large;
    }
}
