package demo;

import dev.allocbudget.AllocationBudget;

public class ParserBudgets {
    public String text = "12345";

    @AllocationBudget(bytes = 0)
    public int parse() {
        return Integer.parseInt(text);
    }
}
