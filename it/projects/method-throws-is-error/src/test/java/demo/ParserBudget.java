package demo;

import dev.allocbudget.AllocationBudget;

public class ParserBudget {
    public String text = "x1";
    public int calls;

    /** Throws on call 5001, well into the measurement. */
    @AllocationBudget(bytes = 0)
    public int parse() {
        return Parser.parse(text, ++calls);
    }

    /** Throws on the first call, with a cause. */
    @AllocationBudget(bytes = 0)
    public int number() {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + text, e);
        }
    }

    @AllocationBudget(bytes = 0)
    public int length() {
        return text.length();
    }
}
