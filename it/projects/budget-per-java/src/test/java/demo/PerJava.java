package demo;

import dev.allocbudget.AllocationBudget;

public class PerJava {
    // 48 B on every JDK: within the budget for other Javas, over the one for 25 and later
    @AllocationBudget(bytes = 48)
    @AllocationBudget(bytes = 16, java = "25+")
    public int[] array() {
        return new int[8];
    }

    // 16 B: a budget for 25 and later only; on 17 no budget applies, and the method is measured with no limit
    @AllocationBudget(bytes = 0, java = "25+")
    public Object onlyNewer() {
        return new Object();
    }

    @AllocationBudget(bytes = 0, java = "17-21")
    @AllocationBudget(bytes = 0, java = "21+")
    public int overlap() {
        return 1;
    }
}
