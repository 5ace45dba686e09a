package demo;

import dev.allocbudget.AllocationBudget;

public class CodecBudgets {
    private final Codec codec = new Codec();
    public int large = 100_000;

    @AllocationBudget(bytes = 0, objects = 0)
    public int checksum() {
        return codec.checksum();
    }

    @AllocationBudget(bytes = 8)
    public Integer boxed() {
        return codec.boxed(large);
    }
}
