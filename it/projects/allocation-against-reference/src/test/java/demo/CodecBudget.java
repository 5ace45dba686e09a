package demo;

import dev.allocbudget.AllocationBudget;

/** Budgets loose enough that only the comparison with the reference can fail a method. */
public class CodecBudget {
    private final byte[] data = new byte[16];

    @AllocationBudget(bytes = 256)
    public byte[] encode() {
        return Codec.encode(data);
    }

    @AllocationBudget(bytes = 256)
    public Object box() {
        return Codec.box(0);
    }

    @AllocationBudget(bytes = 256)
    public int checksum() {
        return Codec.checksum(data);
    }

    @AllocationBudget(bytes = 256)
    public int length() {
        return Codec.length(data);
    }
}
