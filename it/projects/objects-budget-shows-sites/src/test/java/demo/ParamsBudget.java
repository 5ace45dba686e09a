package demo;

import dev.allocbudget.AllocationBudget;

public class ParamsBudget {
    private final Params params = new Params();
    public StringBuilder raw = new StringBuilder("1042");
    public int number = 100_000;

    @AllocationBudget(bytes = 1024, objects = 2)
    public Object bind() {
        return params.bind("id", raw, number);
    }
}
