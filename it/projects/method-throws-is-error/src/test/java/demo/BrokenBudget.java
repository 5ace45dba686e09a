package demo;

import dev.allocbudget.AllocationBudget;

/** The method is fine; the instance it needs cannot be created. */
public class BrokenBudget {
    public BrokenBudget() {
        throw new IllegalStateException("no config");
    }

    @AllocationBudget(bytes = 0)
    public int run() {
        return 1;
    }
}
