package demo;

import dev.allocbudget.AllocationBudget;

public class CodecBudget {
    private final Codec codec = new Codec();

    @AllocationBudget(bytes = 128)
    public byte[] encode() {
        return codec.encode();
    }
}
