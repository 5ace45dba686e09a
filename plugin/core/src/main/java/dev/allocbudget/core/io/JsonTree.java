package dev.allocbudget.core.io;

import dev.allocbudget.core.io.JsonReader.Node;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes back what {@link JsonReader} read, on one line, members in their order: to pass a report's entries on
 * whole, fields of another version included. Numbers are written as they were read.
 */
public final class JsonTree {
    private JsonTree() {}

    public static String write(Node node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    /** An object's members between its braces ({@code "a": 1, "b": 2}), to write more members beside them. */
    public static String members(Node object) {
        StringBuilder out = new StringBuilder();
        writeMembers(object.map(), out);
        return out.toString();
    }

    private static void write(Node node, StringBuilder out) {
        Object value = node == null ? null : node.value();
        if (value instanceof Map<?, ?>) {
            out.append('{');
            writeMembers(node.map(), out);
            out.append('}');
        } else if (value instanceof List<?>) {
            out.append('[');
            String separator = "";
            for (Node element : node.list()) {
                out.append(separator);
                write(element, out);
                separator = ", ";
            }
            out.append(']');
        } else if (value instanceof String s) {
            out.append(JsonWriter.string(s));
        } else if (value instanceof BigDecimal n) {
            out.append(n.toString());
        } else {
            out.append(value); // Boolean or null
        }
    }

    private static void writeMembers(Map<String, Node> members, StringBuilder out) {
        String separator = "";
        for (Map.Entry<String, Node> member : members.entrySet()) {
            out.append(separator).append(JsonWriter.string(member.getKey())).append(": ");
            write(member.getValue(), out);
            separator = ", ";
        }
    }
}
