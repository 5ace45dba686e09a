package it.demo;

import dev.allocbudget.AllocationBudget;
import java.nio.charset.StandardCharsets;

/** Budget methods measured in both compile orders (the default). */
public class OrderBudget {
    private long value = 1_733_500_000_000L;
    private long total;

    /**
     * Two compilations on JDK 17: with the callees compiled first, C2 keeps the intermediate String's bytes (88 B/op);
     * with the method compiled first, it inlines enough to drop them (64 B/op).
     */
    @AllocationBudget(bytes = 72)
    public byte[] viaString() {
        return Long.toString(value).getBytes(StandardCharsets.US_ASCII);
    }

    /** Allocates nothing in either order. */
    @AllocationBudget(bytes = 0)
    public long add() {
        total += value;
        return total;
    }
}
