package demo;

import dev.allocbudget.AllocationBudget;

/** Over budget on purpose: if the check ran, the build would fail. */
public class BufferBudget {
    public int size = 32;

    @AllocationBudget(bytes = 0)
    public byte[] buffer() {
        return new byte[size];
    }
}
