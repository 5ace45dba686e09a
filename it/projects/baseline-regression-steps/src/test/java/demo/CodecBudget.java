package demo;

import dev.allocbudget.AllocationBudget;

public class CodecBudget {
    public int value = 100_000;

    // the budget leaves room: only the baseline notices the change
    @AllocationBudget(bytes = 64)
    public int[] encode() {
        return Codec.encode(value);
    }

    @AllocationBudget
    public Integer decode() {
        return Codec.decode(value);
    }

    @AllocationBudget(bytes = 0)
    public int checksum() {
        return Codec.checksum(value);
    }
}
