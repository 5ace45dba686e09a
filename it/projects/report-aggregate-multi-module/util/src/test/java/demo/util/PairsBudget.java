package demo.util;

import dev.allocbudget.AllocationBudget;

public class PairsBudget {
    public long value = 7;

    /** A long[2]: 32 B on a 64-bit JVM with compressed class pointers. */
    @AllocationBudget(bytes = 32)
    public long[] pair() {
        return Pairs.pair(value, value + 1);
    }
}
