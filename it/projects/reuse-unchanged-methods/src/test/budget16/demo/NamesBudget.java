package demo;

import dev.allocbudget.AllocationBudget;

public class NamesBudget {
    private final Names names = new Names();
    private int i = 1234;

    @AllocationBudget
    public String name() {
        return names.name(i);
    }
}
