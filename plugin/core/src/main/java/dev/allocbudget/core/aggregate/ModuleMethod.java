package dev.allocbudget.core.aggregate;

import dev.allocbudget.core.io.JsonReader.Node;
import java.math.BigDecimal;

/**
 * One method's entry of a module's {@code report.json}, as written, with the module it belongs to.
 */
public record ModuleMethod(ModuleReport module, Node json) {

    public String id() {
        return json.get("id").asString();
    }

    /** {@code PASS}, {@code FAIL}, {@code REGRESSED}, {@code ERROR}, or whatever another version wrote. */
    public String verdict() {
        return json.get("verdict").asString();
    }

    public boolean passed() {
        return "PASS".equals(verdict());
    }

    /** The comparison's status with the baseline or reference ({@code NEW}, {@code IMPROVED}...), or null. */
    public String baselineStatus() {
        return text(json.get("baseline"), "status");
    }

    public String message() {
        return text(json, "message");
    }

    /** A number of the entry, {@code bytesPerOp} say, or of one of its objects ({@code budget}, {@code bytes}). */
    public Double number(String... path) {
        Node node = json;
        for (String key : path) {
            node = node == null ? null : node.get(key);
        }
        BigDecimal value = node == null ? null : node.asNumber();
        return value == null ? null : value.doubleValue();
    }

    private static String text(Node node, String key) {
        return node == null || node.get(key) == null ? null : node.get(key).asString();
    }
}
