package demo;

import dev.allocbudget.AllocationBudget;

public class Codec {
    public int value = 0x12345678;
    public byte[] out = new byte[4];

    @AllocationBudget(bytes = 0)
    public byte[] encode() {
        out[0] = (byte) (value >>> 24);
        out[1] = (byte) (value >>> 16);
        out[2] = (byte) (value >>> 8);
        out[3] = (byte) value;
        return out;
    }

    /** Over budget: only Codec#encode is included, not every Codec method. */
    @AllocationBudget(bytes = 0)
    public byte[] decode() {
        return new byte[] {out[3], out[2], out[1], out[0]};
    }
}
