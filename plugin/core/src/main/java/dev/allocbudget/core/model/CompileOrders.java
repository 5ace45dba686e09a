package dev.allocbudget.core.model;

import java.util.Locale;

/**
 * In which compile orders a method is measured, and which figure decides its verdict when they differ
 * ({@code allocbudget.compileOrders}).
 */
public enum CompileOrders {
    /** Both orders; the larger figure decides: the budget holds whichever order a JVM takes (the default). */
    LARGER,
    /** Both orders; the smaller figure decides. */
    SMALLER,
    /** The forks' own order only ({@link CompileOrder#CALLEES_FIRST}): one fork less per method. */
    ONE;

    public static final String DEFAULT = "larger";

    /** The setting's value as a user writes it: {@code larger}, {@code smaller} or {@code one}, in any case. */
    public static CompileOrders parse(String value) {
        for (CompileOrders o : values()) {
            if (o.name().equalsIgnoreCase(value.trim())) {
                return o;
            }
        }
        throw new IllegalArgumentException(PropertyNames.COMPILE_ORDERS + " is '" + value
                + "'; it takes larger (both compile orders, the larger figure decides; the default), smaller, or"
                + " one (the forks' own order only)");
    }

    /** True when a figure of {@code candidate} B/op should decide over one of {@code current}. */
    public boolean prefers(double candidate, double current) {
        return this == LARGER ? candidate > current : this == SMALLER && candidate < current;
    }

    /** The value as a user writes it. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
