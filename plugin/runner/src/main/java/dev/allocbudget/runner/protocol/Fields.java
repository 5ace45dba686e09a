package dev.allocbudget.runner.protocol;

import java.util.List;

/** The fields of one line, read in order by an event's {@code decode}; a missing or unreadable field throws. */
final class Fields {
    private final String tag;
    private final List<String> values;
    private int next;

    Fields(String tag, List<String> values) {
        this.tag = tag;
        this.values = values;
    }

    String text() {
        if (next >= values.size()) {
            throw new MalformedEventException("the " + tag + " event needs more than " + values.size() + " fields");
        }
        return values.get(next++);
    }

    long longValue() {
        String s = text();
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new MalformedEventException("field " + next + " of the " + tag + " event is not a whole number: " + s);
        }
    }

    double doubleValue() {
        String s = text();
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new MalformedEventException("field " + next + " of the " + tag + " event is not a number: " + s);
        }
    }

    MethodId methodId() {
        String s = text();
        try {
            return MethodId.parse(s);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("field " + next + " of the " + tag + " event is not a method id: " + s);
        }
    }

    /** A class path entry's index, one of the fields {@link #rest()} returns. */
    static Integer entry(String field) {
        try {
            return Integer.valueOf(field);
        } catch (NumberFormatException e) {
            throw new MalformedEventException("a class path entry's index is not a number: " + field);
        }
    }

    /** All fields not read yet (a site's frames). */
    List<String> rest() {
        List<String> rest = List.copyOf(values.subList(next, values.size()));
        next = values.size();
        return rest;
    }

    /** Throws when fields are left over: the line was written by another layout of the event. */
    void requireAllRead() {
        if (next != values.size()) {
            throw new MalformedEventException("the " + tag + " event has " + values.size() + " fields, not " + next);
        }
    }
}
