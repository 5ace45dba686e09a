package demo;

import dev.allocbudget.AllocationBudget;

public class TokenizerFast {
    public String text = "key=value";

    @AllocationBudget(bytes = 0)
    public int separator() {
        return text.indexOf('=');
    }

    @AllocationBudget(bytes = 0)
    public int length() {
        return text.length();
    }
}
