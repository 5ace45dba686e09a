package dev.allocbudget.examples.router;

import java.util.HashMap;
import java.util.Map;

/**
 * Route parameters kept inline for the common case: up to {@value #INLINE} parameters are stored as a name index and
 * a value range into the request path, in arrays created once with the holder; only a fifth parameter and beyond go
 * into a {@code HashMap<String, String>}, created the first time a route needs it and cleared, not dropped, between
 * requests. Create one per thread or connection and {@link #bind} every request into it.
 *
 * <p>Values are read from the path of the last {@link #bind}: valid until the next one. Not thread safe.
 */
public final class InlineParams {
    /** How many parameters live inline: most routes have one or two, very few more than four. */
    public static final int INLINE = 4;
    /** An overflow map that grew past this is dropped on {@link #reset} rather than kept (a map never shrinks). */
    private static final int MAX_RETAINED_OVERFLOW = 16;

    /** Inline parameter {@code i}: the route's parameter {@code names[i]}, its value {@code path[starts[i], ends[i])}. */
    private final int[] names = new int[INLINE];
    private final int[] starts = new int[INLINE];
    private final int[] ends = new int[INLINE];
    private Map<String, String> overflow;
    private int size;
    private Route route;
    private CharSequence path;

    /** Replaces the parameters held with those of {@code match}'s route, read from its path. */
    public void bind(RouteMatch match) {
        reset();
        route = match.route();
        path = match.path();
        if (route != null) {
            for (int k = 0; k < route.paramCount(); k++) {
                add(k, match.start(k), match.end(k));
            }
        }
    }

    /** Adds parameter {@code nameIndex} of the bound route, its value {@code path[start, end)}. */
    void add(int nameIndex, int start, int end) {
        if (size < INLINE) {
            names[size] = nameIndex;
            starts[size] = start;
            ends[size] = end;
        } else {
            if (overflow == null) {
                overflow = new HashMap<>();
            }
            overflow.put(route.paramName(nameIndex), path.subSequence(start, end).toString());
        }
        size++;
    }

    /** Forgets the parameters held; the arrays stay, and so does an overflow map of a reasonable size. */
    public void reset() {
        size = 0;
        route = null;
        path = null;
        if (overflow != null) {
            if (overflow.size() > MAX_RETAINED_OVERFLOW) {
                overflow = null;
            } else {
                overflow.clear();
            }
        }
    }

    /** How many parameters are held. */
    public int size() {
        return size;
    }

    /** Whether parameters beyond the fourth went to the overflow map. */
    public boolean overflowed() {
        return size > INLINE;
    }

    /**
     * Parameter {@code name} as a decimal number; an inline one is parsed in place, without a String.
     *
     * @throws IllegalArgumentException if there is no such parameter
     * @throws NumberFormatException if it is not a number
     */
    public long getLong(String name) {
        int i = inlineIndex(name);
        if (i >= 0) {
            return Long.parseLong(path, starts[i], ends[i], 10);
        }
        return Long.parseLong(overflowValue(name));
    }

    /** Parameter {@code name} copied into a String, or {@code null} if there is none. */
    public String get(String name) {
        int i = inlineIndex(name);
        if (i >= 0) {
            return path.subSequence(starts[i], ends[i]).toString();
        }
        return overflow == null ? null : overflow.get(name);
    }

    /** A loop over at most four names, compared by equals: no hashing. */
    private int inlineIndex(String name) {
        int n = Math.min(size, INLINE);
        for (int i = 0; i < n; i++) {
            if (route.paramName(names[i]).equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private String overflowValue(String name) {
        String value = overflow == null ? null : overflow.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no parameter {" + name + "}");
        }
        return value;
    }
}
