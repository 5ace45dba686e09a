package dev.allocbudget.runner.shape;

import dev.allocbudget.AllocationBudget;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Which of a method's {@code @AllocationBudget}s applies on one Java feature version: the one whose
 * {@link AllocationBudget#java() range} holds the version, else the one without a range. Ranges that share a
 * version, an empty range, one that does not parse, or two budgets without a range are a problem with the method.
 */
public final class JavaBudgets {
    private JavaBudgets() {}

    /**
     * The budget that applies, and what to call it.
     *
     * @param budget  the budget, or {@code null} when none applies on this Java (or there is a problem)
     * @param applies which budget applied, for the reports: {@code "budget for Java 21+"}, {@code "budget for other
     *                Java versions"}, {@code "no budget for Java 17"}; {@code null} when the method has one budget
     *                with no range
     * @param problem why the budgets cannot be told apart; {@code null} when they can
     */
    public record Choice(AllocationBudget budget, String applies, String problem) {}

    /** A range of feature versions, both ends included ({@code to} is {@link Integer#MAX_VALUE} for "21+"). */
    record Range(String text, int from, int to) {
        boolean holds(int feature) {
            return feature >= from && feature <= to;
        }

        boolean overlaps(Range other) {
            return from <= other.to && other.from <= to;
        }
    }

    /** Every budget of the method (one, or several through the repeatable annotation's container). */
    public static AllocationBudget[] of(Method method) {
        return method.getAnnotationsByType(AllocationBudget.class);
    }

    public static Choice forJava(Method method, int feature) {
        return forJava(of(method), feature);
    }

    static Choice forJava(AllocationBudget[] budgets, int feature) {
        if (budgets.length == 1 && budgets[0].java().isEmpty()) {
            return new Choice(budgets[0], null, null);
        }
        AllocationBudget unranged = null;
        List<Range> ranges = new ArrayList<>();
        AllocationBudget chosen = null;
        String applies = null;
        for (AllocationBudget b : budgets) {
            if (b.java().isEmpty()) {
                if (unranged != null) {
                    return problem("two budgets of the method have no java range; give every budget but one a range"
                            + " of Java versions (java = \"21+\")");
                }
                unranged = b;
                continue;
            }
            Range range = parse(b.java());
            if (range == null) {
                return problem("java = \"" + b.java() + "\" is not a range of Java feature versions; write \"21\","
                        + " \"21+\" or \"17-20\"");
            }
            if (range.from > range.to) {
                return problem("java = \"" + b.java() + "\" is an empty range: it ends before it starts");
            }
            for (Range other : ranges) {
                if (range.overlaps(other)) {
                    return problem("the budgets for java = \"" + other.text + "\" and java = \"" + range.text
                            + "\" both apply to Java " + Math.max(range.from, other.from) + "; give each Java version"
                            + " one budget");
                }
            }
            ranges.add(range);
            if (range.holds(feature)) {
                chosen = b;
                applies = "budget for Java " + range.text;
            }
        }
        if (chosen != null) {
            return new Choice(chosen, applies, null);
        }
        if (unranged != null) {
            return new Choice(unranged, "budget for other Java versions", null);
        }
        return new Choice(null, "no budget for Java " + feature, null);
    }

    private static Choice problem(String why) {
        return new Choice(null, null, why);
    }

    /** {@code "21"}, {@code "21+"}, {@code "17-20"} (spaces allowed around the parts); {@code null} otherwise. */
    static Range parse(String text) {
        String t = text.strip();
        try {
            if (t.endsWith("+")) {
                int from = feature(t.substring(0, t.length() - 1));
                return new Range(t, from, Integer.MAX_VALUE);
            }
            int dash = t.indexOf('-');
            if (dash > 0) {
                return new Range(t, feature(t.substring(0, dash)), feature(t.substring(dash + 1)));
            }
            int only = feature(t);
            return new Range(t, only, only);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int feature(String digits) {
        String d = digits.strip();
        for (int i = 0; i < d.length(); i++) { // no stream: forks list budgets at start-up, lambdas cost it time
            if (!Character.isDigit(d.charAt(i))) {
                throw new NumberFormatException(digits);
            }
        }
        int n = Integer.parseInt(d);
        if (n < 1) {
            throw new NumberFormatException(digits);
        }
        return n;
    }
}
