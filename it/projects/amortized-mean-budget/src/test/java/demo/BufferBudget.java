package demo;

import dev.allocbudget.AllocationBudget;

/** A buffer replaced every 11th call: 80 B (a byte[64]) every 11 calls, 7.273 B per call on average. */
public class BufferBudget {
    private byte[] buffer = new byte[64];
    private int calls;

    /** The mean is under the budget: passes. */
    @AllocationBudget(bytes = 8)
    public byte[] underBudget() {
        if (++calls % 11 == 0) {
            buffer = new byte[64];
        }
        return buffer;
    }

    /** The same method with a budget below the mean: fails, although most calls allocate nothing. */
    @AllocationBudget(bytes = 7)
    public byte[] overBudget() {
        if (++calls % 11 == 0) {
            buffer = new byte[64];
        }
        return buffer;
    }
}
