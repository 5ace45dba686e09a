import dev.allocbudget.AllocationBudget;

/** A budget class in the default package, where JMH refuses benchmarks (the check measures it all the same). */
public class NoPackageBudget {
    public int value = 100_000;

    @AllocationBudget(bytes = 16)
    public Integer boxed() {
        return value;
    }
}
