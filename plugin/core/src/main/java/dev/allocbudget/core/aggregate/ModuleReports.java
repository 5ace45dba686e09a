package dev.allocbudget.core.aggregate;

import dev.allocbudget.core.aggregate.ModuleReport.State;
import dev.allocbudget.core.io.JsonReader;
import dev.allocbudget.core.io.JsonReader.Node;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Instant;

/**
 * Reads one module's {@code report.json} for the aggregate. Never throws for a bad report: a missing, corrupt or
 * foreign file becomes a {@link ModuleReport} that says which, so that the other modules are still aggregated.
 */
public final class ModuleReports {
    private ModuleReports() {}

    /** @param formatVersion the report format this plugin writes and reads */
    public static ModuleReport read(ModuleSource source, int formatVersion) {
        Instant written;
        String text;
        try {
            written = Files.getLastModifiedTime(source.reportFile()).toInstant();
            text = Files.readString(source.reportFile());
        } catch (NoSuchFileException e) {
            return new ModuleReport(source, State.MISSING, "no report: the check did not run here", null, null);
        } catch (CharacterCodingException e) {
            return new ModuleReport(source, State.UNREADABLE, "is not UTF-8 text", null, null);
        } catch (IOException e) {
            return new ModuleReport(source, State.UNREADABLE, "cannot be read: " + e, null, null);
        }
        Node json;
        try {
            json = JsonReader.parse(text, source.reportFile().toString());
        } catch (JsonReader.SyntaxError e) {
            return new ModuleReport(source, State.UNREADABLE,
                    "is not valid JSON (line " + e.line() + ": " + e.problem() + ")", null, written);
        }
        BigDecimal format = json.get("formatVersion") == null ? null : json.get("formatVersion").asNumber();
        if (format == null) {
            return new ModuleReport(source, State.UNREADABLE, "is not an allocbudget report (it has no formatVersion)",
                    null, written);
        }
        if (format.compareTo(BigDecimal.valueOf(formatVersion)) != 0) {
            Node env = json.get("environment");
            String by = env == null || env.get("pluginVersion") == null ? null : env.get("pluginVersion").asString();
            return new ModuleReport(source, State.OTHER_FORMAT, "was written by allocbudget "
                    + (by == null ? "of another version" : by) + " in report format " + format.toPlainString()
                    + "; this plugin reads format " + formatVersion, null, written);
        }
        String shape = shapeProblem(json);
        if (shape != null) {
            return new ModuleReport(source, State.UNREADABLE, "is not a complete allocbudget report (" + shape + ")",
                    null, written);
        }
        return new ModuleReport(source, State.READ, null, json, written);
    }

    /** What the aggregate relies on: an environment, and methods each with an id and a verdict. */
    private static String shapeProblem(Node json) {
        if (json.get("environment") == null || json.get("environment").map().isEmpty()) {
            return "no environment";
        }
        Node methods = json.get("methods");
        if (methods == null || !(methods.value() instanceof java.util.List<?>)) {
            return "no list of methods";
        }
        for (Node method : methods.list()) {
            if (method.get("id") == null || method.get("id").asString() == null
                    || method.get("verdict") == null || method.get("verdict").asString() == null) {
                return "a method without id or verdict, line " + method.line();
            }
        }
        return null;
    }
}
