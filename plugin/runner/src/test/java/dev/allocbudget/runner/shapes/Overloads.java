package dev.allocbudget.runner.shapes;

import dev.allocbudget.AllocationBudget;
import java.util.function.Supplier;

/** Fixtures for discovery: an overloaded pair, and a bridge method javac copies the annotation onto. */
public class Overloads implements Supplier<Integer> {
    @AllocationBudget(bytes = 0)
    public int scale(int factor) {
        return factor;
    }

    @AllocationBudget(bytes = 0)
    public int scale() {
        return 1;
    }

    @AllocationBudget(bytes = 16)
    @Override
    public Integer get() {
        return 100_000;
    }
}
