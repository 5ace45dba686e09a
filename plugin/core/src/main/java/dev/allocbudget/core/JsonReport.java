package dev.allocbudget.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes {@code report.json}: format version, environment, and one entry per method sorted by id. Unknown figures
 * are {@code null}, never 0. Numbers use {@code Locale.ROOT}. Written by hand, as JMH does, to keep the engine free
 * of dependencies; bump {@link #FORMAT_VERSION} only when an existing field changes meaning or goes away.
 */
public final class JsonReport {
    public static final int FORMAT_VERSION = 1;
    public static final String FILE_NAME = "report.json";

    private JsonReport() {}

    /** Writes the report into {@code dir}, replacing any old one in one step, and returns its path. */
    public static Path write(CheckOutcome outcome, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve(FILE_NAME);
        Path temp = Files.createTempFile(dir, FILE_NAME, ".tmp");
        Files.writeString(temp, render(outcome), StandardCharsets.UTF_8);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    static String render(CheckOutcome outcome) {
        Environment env = outcome.environment();
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"formatVersion\": ").append(FORMAT_VERSION).append(",\n");
        json.append("  \"environment\": {")
                .append("\"javaVersion\": ").append(string(env.javaVersion()))
                .append(", \"javaVendor\": ").append(string(env.javaVendor()))
                .append(", \"vmName\": ").append(string(env.vmName()))
                .append(", \"gc\": ").append(string(env.gc()))
                .append(", \"pluginVersion\": ").append(string(env.pluginVersion()))
                .append("},\n");
        json.append("  \"methods\": [");
        String separator = "\n";
        for (MethodResult r : outcome.results()) {
            json.append(separator).append("    {\"id\": ").append(string(r.id()))
                    .append(", \"bytesPerOp\": ").append(r.bytesPerOp() == null ? "null" : Figures.bytes(r.bytesPerOp()))
                    .append(", \"budget\": {\"bytes\": ").append(r.budgetBytes() == null ? "null" : r.budgetBytes().toString())
                    .append("}, \"verdict\": ").append(string(r.verdict().name()))
                    .append(", \"message\": ").append(string(r.message()))
                    .append("}");
            separator = ",\n";
        }
        json.append(outcome.results().isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return json.toString();
    }

    static String string(String s) {
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
                    if (c < 0x20) out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    else out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
