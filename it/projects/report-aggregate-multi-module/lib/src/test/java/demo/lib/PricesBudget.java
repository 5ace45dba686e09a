package demo.lib;

import dev.allocbudget.AllocationBudget;

public class PricesBudget {
    public int cents = 100_000;

    /** Over budget: the Integer is 16 B. */
    @AllocationBudget(bytes = 0)
    public Integer boxed() {
        return Prices.boxed(cents);
    }
}
