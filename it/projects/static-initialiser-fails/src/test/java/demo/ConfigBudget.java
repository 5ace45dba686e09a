package demo;

import dev.allocbudget.AllocationBudget;

public class ConfigBudget {
    static final int LIMIT = Integer.parseInt(System.getProperty("demo.limit", "unset"));

    @AllocationBudget(bytes = 0)
    public int limit() {
        return LIMIT;
    }
}
