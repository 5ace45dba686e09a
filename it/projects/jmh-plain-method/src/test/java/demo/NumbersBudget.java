package demo;

import dev.allocbudget.AllocationBudget;

/** Plain budget methods: no @Benchmark, no @State, no JMH on the classpath. */
public class NumbersBudget {
    public int value = 100_000;

    @AllocationBudget(bytes = 16)
    public Integer boxed() {
        return Numbers.boxed(value);
    }

    @AllocationBudget(bytes = 0)
    public int mix() {
        return Numbers.mix(value);
    }
}
