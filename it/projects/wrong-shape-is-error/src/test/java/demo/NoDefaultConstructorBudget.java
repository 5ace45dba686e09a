package demo;

import dev.allocbudget.AllocationBudget;

public class NoDefaultConstructorBudget {
    public final int seed;

    public NoDefaultConstructorBudget(int seed) {
        this.seed = seed;
    }

    @AllocationBudget(bytes = 0)
    public int next() {
        return seed * 31;
    }
}
