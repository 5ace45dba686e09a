package dev.allocbudget.core.io;

import dev.allocbudget.core.model.Environment;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The pieces both JSON files (the report and the baseline) are written from. Written by hand, as JMH does, to keep
 * the engine free of dependencies; numbers use {@code Locale.ROOT}.
 */
public final class JsonWriter {
    private JsonWriter() {}

    /** A figure, or {@code null} for an unknown one (JSON has no NaN). */
    public static String number(Double value) {
        return value == null || value.isNaN() || value.isInfinite() ? "null" : Figures.number(value);
    }

    public static String strings(List<String> values) {
        return "[" + values.stream().map(JsonWriter::string).collect(Collectors.joining(", ")) + "]";
    }

    /** The environment as one JSON object on one line (the report's and each baseline section's). */
    public static String environment(Environment env) {
        return "{\"javaVersion\": " + string(env.javaVersion()) + ", \"javaVendor\": " + string(env.javaVendor())
                + ", \"vmName\": " + string(env.vmName()) + ", \"gc\": " + string(env.gc())
                + ", \"pluginVersion\": " + string(env.pluginVersion()) + "}";
    }

    public static String string(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                default:
                    if (c < 0x20) out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    else out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
