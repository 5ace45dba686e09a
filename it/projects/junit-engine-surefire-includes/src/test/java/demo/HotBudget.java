package demo;

import dev.allocbudget.AllocationBudget;

/** Named as the README names budget classes; Surefire's default includes leave it out. */
public class HotBudget {
    private final int[] values = {1, 2, 3};

    @AllocationBudget(bytes = 0)
    public int sum() {
        int sum = 0;
        for (int v : values) {
            sum += v;
        }
        return sum;
    }
}
