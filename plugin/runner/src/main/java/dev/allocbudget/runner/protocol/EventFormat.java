package dev.allocbudget.runner.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * The line format of the events file: the header line, then one event per line, its tag and fields separated by
 * tabs, with {@code \t}, {@code \n}, {@code \r} and {@code \\} escaped so that any text fits on one line. A file is
 * used rather than stdout so that user output can never corrupt the channel, and what was written survives a crash.
 */
public final class EventFormat {
    /**
     * Bump on any incompatible change (a field added, removed or reordered, a tag renamed): the host then names both
     * versions instead of misreading the lines. 3: typed events, JMH options as one argument. 5: commands as named
     * values, lingering threads as an event of their own, the classes and resources a fork looked up. 6: the
     * methods JMH refused. 7: a partial count of objects, with the sites seen. 8: which budget per Java version
     * applied. 9: threads calling at once (a budget's threads, the measure command's callers, each thread's share of
     * the result).
     */
    public static final int VERSION = 9;

    static final String HEADER_PREFIX = "allocbudget-events\t";

    public static final String HEADER = HEADER_PREFIX + VERSION;

    private EventFormat() {}

    /** The event's line, without its newline. */
    static String encode(Event event) {
        StringBuilder line = new StringBuilder(event.tag());
        for (Object field : event.fields()) {
            line.append('\t');
            escape(String.valueOf(field), line);
        }
        return line.toString();
    }

    private static void escape(String s, StringBuilder line) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\': line.append("\\\\"); break;
                case '\t': line.append("\\t"); break;
                case '\n': line.append("\\n"); break;
                case '\r': line.append("\\r"); break;
                default: line.append(c);
            }
        }
    }

    /** Splits a line into its tag (element 0) and fields, undoing {@link #encode}. */
    static List<String> split(String line) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                parts.add(cur.toString());
                cur.setLength(0);
            } else if (c == '\\' && i + 1 < line.length()) {
                char n = line.charAt(++i);
                cur.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                cur.append(c);
            }
        }
        parts.add(cur.toString());
        return parts;
    }
}
