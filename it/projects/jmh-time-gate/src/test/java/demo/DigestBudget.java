package demo;

import dev.allocbudget.AllocationBudget;

public class DigestBudget {
    public byte[] data = new byte[128];

    public DigestBudget() {
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 37 + 11);
        }
    }

    /** Slowed down 20x by the change (v2), with the same 0 B/op: only JMH's time can tell. */
    @AllocationBudget(bytes = 0)
    public long digest() {
        return Digest.digest(data);
    }

    /** The same before and after the change. */
    @AllocationBudget(bytes = 0)
    public long header() {
        return Digest.fnv(data, 64);
    }
}
