package demo;

import dev.allocbudget.AllocationBudget;

/** One valid budget method next to one method for each shape rule it may break. */
public class ShapeBudget {
    public int value = 42;

    @AllocationBudget(bytes = 0)
    public int valid() {
        return value * 31;
    }

    @AllocationBudget(bytes = 0)
    public static int staticMethod() {
        return 1;
    }

    @AllocationBudget(bytes = 0)
    public int withParameter(int factor) {
        return value * factor;
    }

    @AllocationBudget(bytes = 0)
    int packagePrivate() {
        return value;
    }

    @AllocationBudget(bytes = -5)
    public int negativeBudget() {
        return value;
    }

    /** Inner, not static: it cannot be created without a ShapeBudget. */
    public class Inner {
        @AllocationBudget(bytes = 0)
        public int inner() {
            return value;
        }
    }
}
