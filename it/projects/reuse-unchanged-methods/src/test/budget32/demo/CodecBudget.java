package demo;

import dev.allocbudget.AllocationBudget;

public class CodecBudget {
    private final Codec codec = new Codec();
    private long value = 42;

    @AllocationBudget(bytes = 64)
    public byte[] encode() {
        return codec.encode(value);
    }
}
