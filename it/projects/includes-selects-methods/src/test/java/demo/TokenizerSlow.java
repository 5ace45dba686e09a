package demo;

import dev.allocbudget.AllocationBudget;

/** Over budget: outside the includes, so it must not be measured. */
public class TokenizerSlow {
    public String text = "key=value";

    @AllocationBudget(bytes = 0)
    public String[] split() {
        return text.split("=");
    }
}
