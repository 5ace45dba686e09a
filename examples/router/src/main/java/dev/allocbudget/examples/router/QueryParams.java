package dev.allocbudget.examples.router;

import java.util.Arrays;

/**
 * The query string of a request target as index ranges into it, parsed in place into arrays that are reused from
 * request to request (they grow when a query has more pairs than any before it, and stay grown). Values are raw:
 * no percent-decoding. When a name repeats, the last value wins, as with {@code HashMap.put}.
 *
 * <p>Valid until the next {@link #parse} or {@link #clear}. Not thread safe: one per thread or connection.
 */
public final class QueryParams {
    private CharSequence target;
    /** Pair {@code i}: name {@code target[bounds[4i], bounds[4i+1])}, value {@code target[bounds[4i+2], bounds[4i+3])}. */
    private int[] bounds = new int[4 * 8];
    private int size;

    /** Parses the query that starts at {@code from} in {@code target} (just after the {@code ?}), to its end. */
    public void parse(CharSequence target, int from) {
        this.target = target;
        size = 0;
        int end = target.length();
        int start = from;
        while (start <= end) {
            int amp = indexOf(target, '&', start, end);
            if (amp > start) {
                int eq = indexOf(target, '=', start, amp);
                add(start, eq, eq < amp ? eq + 1 : amp, amp);
            }
            start = amp + 1;
        }
    }

    /** Holds no pairs: what a target without a query string has. */
    public void clear() {
        target = null;
        size = 0;
    }

    public int size() {
        return size;
    }

    /**
     * The value of {@code name} as a decimal int, parsed in place, or {@code otherwise} if the query has no such name.
     *
     * @throws NumberFormatException if the value is not a number
     */
    public int getInt(String name, int otherwise) {
        int i = find(name);
        return i < 0 ? otherwise : Integer.parseInt(target, bounds[4 * i + 2], bounds[4 * i + 3], 10);
    }

    /** The value of {@code name} copied into a String, or {@code null}. */
    public String get(String name) {
        int i = find(name);
        return i < 0 ? null : target.subSequence(bounds[4 * i + 2], bounds[4 * i + 3]).toString();
    }

    /** The last pair named {@code name}, or -1. */
    private int find(String name) {
        for (int i = size - 1; i >= 0; i--) {
            int start = bounds[4 * i];
            int end = bounds[4 * i + 1];
            if (end - start == name.length() && regionMatches(start, name)) {
                return i;
            }
        }
        return -1;
    }

    private boolean regionMatches(int start, String name) {
        for (int j = 0; j < name.length(); j++) {
            if (target.charAt(start + j) != name.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private void add(int nameStart, int nameEnd, int valueStart, int valueEnd) {
        if (4 * size == bounds.length) {
            bounds = Arrays.copyOf(bounds, 2 * bounds.length);
        }
        bounds[4 * size] = nameStart;
        bounds[4 * size + 1] = nameEnd;
        bounds[4 * size + 2] = valueStart;
        bounds[4 * size + 3] = valueEnd;
        size++;
    }

    private static int indexOf(CharSequence s, char c, int from, int end) {
        for (int i = from; i < end; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return end;
    }
}
