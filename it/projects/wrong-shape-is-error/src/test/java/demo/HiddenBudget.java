package demo;

import dev.allocbudget.AllocationBudget;

/** Not public: the check cannot create it. */
class HiddenBudget {
    @AllocationBudget(bytes = 0)
    public int hidden() {
        return 7;
    }
}
