package demo;

import dev.allocbudget.AllocationBudget;

public class RatchetBudget {
    public int value = 100_000;
    public String name = "id-";

    // 16 B, 1 object: its baseline (48 B, 3 objects) is from before it was optimised
    @AllocationBudget(bytes = 64)
    public Integer loose() {
        return value;
    }

    // 48 B, 1 object: 4% above its baseline of 46 B, within the 5% it is allowed
    @AllocationBudget(tolerancePercent = 5)
    public int[] tolerated() {
        return new int[8];
    }

    // 56 B, 2 objects (a byte[9] and its String): not in the baseline
    @AllocationBudget
    public String fresh() {
        return new StringBuilder().append(name).append(value).toString();
    }
}
