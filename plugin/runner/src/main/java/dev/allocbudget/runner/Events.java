package dev.allocbudget.runner;

import java.util.ArrayList;
import java.util.List;

/**
 * The line format of the events file a fork writes and the host reads: one record per line, fields separated by
 * tabs, with {@code \t}, {@code \n}, {@code \r} and {@code \\} escaped. The first line is {@link #HEADER}; bump its
 * version on any incompatible change. A file is used rather than stdout so that user output can never corrupt the
 * channel, and what was written survives a crash.
 */
public final class Events {
    public static final String HEADER = "allocbudget-events\t2";

    /** Discovery: {@code env javaVersion javaVendor vmName gc}. */
    public static final String ENV = "env";
    /** Discovery: {@code method id budgetBytes budgetObjects tolerancePercent problem} (problem empty when the shape is valid). */
    public static final String METHOD = "method";
    /** Discovery: {@code warning text}, e.g. a class that could not be loaded. */
    public static final String WARNING = "warning";
    /** Measurement: {@code result bytesInWindow opsInWindow totalOps millis}. */
    public static final String RESULT = "result";
    /** Counting: {@code objects count ops}: {@code count} objects in a window of {@code ops} calls. */
    public static final String OBJECTS = "objects";
    /** Counting: {@code site count bytes type frame...}, innermost frame first, harness frames removed. */
    public static final String SITE = "site";
    /** Counting: {@code objects-unavailable reason}: no exact count, and why. */
    public static final String OBJECTS_UNAVAILABLE = "objects-unavailable";
    /** Measurement: {@code unsettled description totalOps millis}: no steady state within the time limit. */
    public static final String UNSETTLED = "unsettled";
    /** Either mode: {@code error message}: the method (or its class) could not be run. */
    public static final String ERROR = "error";
    /** Last line of a fork that finished on its own terms. */
    public static final String BYE = "bye";

    private Events() {}

    public static String encode(String type, Object... fields) {
        StringBuilder line = new StringBuilder(type);
        for (Object field : fields) {
            line.append('\t');
            String s = String.valueOf(field);
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
        return line.toString();
    }

    /** Splits a line into its type (element 0) and fields, undoing {@link #encode}. */
    public static List<String> decode(String line) {
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
