package dev.allocbudget.examples.router;

import java.util.Objects;

/**
 * The reusable result of {@link Router#match}: the route that matched and where each parameter lies in the request
 * path. Parameters are read through views into the path, so reading one as a {@link CharSequence} or a number
 * allocates nothing; only {@link CharSequence#toString()} on a view copies it into a new String.
 *
 * <p>Everything read from a RouteMatch, views included, is valid until the next {@code match} into it. Not thread
 * safe: one per thread or connection.
 */
public final class RouteMatch {
    /** Parameter {@code k} is {@code path[starts[k], ends[k])}. */
    private final int[] starts;
    private final int[] ends;
    /** One view per parameter slot, created once: handing one out allocates nothing. */
    private final Param[] views;
    private CharSequence path;
    private Route route;

    RouteMatch(int capacity) {
        starts = new int[capacity];
        ends = new int[capacity];
        views = new Param[capacity];
        for (int i = 0; i < capacity; i++) {
            views[i] = new Param(i);
        }
    }

    int capacity() {
        return views.length;
    }

    void bind(int slot, int start, int end) {
        starts[slot] = start;
        ends[slot] = end;
    }

    /** Where parameter {@code slot} starts in the path. */
    int start(int slot) {
        return starts[slot];
    }

    /** Where parameter {@code slot} ends in the path (exclusive). */
    int end(int slot) {
        return ends[slot];
    }

    /** The path the last match read. */
    CharSequence path() {
        return path;
    }

    void complete(CharSequence path, Route route) {
        this.path = path;
        this.route = route;
    }

    /** The route that matched, or {@code null} if the last match failed. */
    public Route route() {
        return route;
    }

    /** The value of parameter {@code name}: a view into the request path, valid until the next match. */
    public CharSequence param(String name) {
        return views[slot(name)];
    }

    /**
     * Parameter {@code name} as a decimal number, parsed in place.
     *
     * @throws NumberFormatException if it is not one
     */
    public long paramAsLong(String name) {
        int slot = slot(name);
        return Long.parseLong(path, starts[slot], ends[slot], 10);
    }

    private int slot(String name) {
        if (route == null) {
            throw new IllegalStateException("no route matched");
        }
        int slot = route.paramIndex(name);
        if (slot < 0) {
            throw new IllegalArgumentException("route " + route + " has no parameter {" + name + "}");
        }
        return slot;
    }

    /** A parameter's characters, read from the request path on each access. */
    private final class Param implements CharSequence {
        private final int slot;

        Param(int slot) {
            this.slot = slot;
        }

        @Override
        public int length() {
            return ends[slot] - starts[slot];
        }

        @Override
        public char charAt(int index) {
            Objects.checkIndex(index, length());
            return path.charAt(starts[slot] + index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            Objects.checkFromToIndex(start, end, length());
            return path.subSequence(starts[slot] + start, starts[slot] + end);
        }

        /** Copies the parameter into a new String: the one read that allocates. */
        @Override
        public String toString() {
            return path.subSequence(starts[slot], ends[slot]).toString();
        }
    }
}
