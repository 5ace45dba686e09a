package demo;

import dev.allocbudget.AllocationBudget;

/** Over budget: "*Fast#*" must match the whole id, so "TokenizerFaster#..." is not included. */
public class TokenizerFaster {
    public int size = 8;

    @AllocationBudget(bytes = 0)
    public int[] table() {
        return new int[size];
    }
}
