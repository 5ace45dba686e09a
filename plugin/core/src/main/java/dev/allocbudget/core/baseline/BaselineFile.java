package dev.allocbudget.core.baseline;

import dev.allocbudget.core.baseline.Baseline.Section;
import dev.allocbudget.core.io.AtomicFiles;
import dev.allocbudget.core.io.Figures;
import dev.allocbudget.core.io.JsonReader.Node;
import dev.allocbudget.core.io.JsonReader;
import dev.allocbudget.core.io.JsonWriter;
import dev.allocbudget.core.model.AllocBudgetException;
import dev.allocbudget.core.model.AllocationSite;
import dev.allocbudget.core.model.BaselineEntry;
import dev.allocbudget.core.model.Environment;
import dev.allocbudget.runner.protocol.MethodId;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads and writes {@code allocbudget-baseline.json}. The file is reviewed in pull requests, so it is written
 * sorted, one method per line, and a reader of it is told exactly which line is wrong. It is replaced in one atomic
 * step, so a crash mid-write leaves the old file, and it is never written by a run that failed.
 *
 * <pre>{@code
 * {
 *   "formatVersion": 1,
 *   "java": {
 *     "17": {
 *       "environment": {"javaVersion": "17.0.15", "javaVendor": "Debian", ...},
 *       "methods": {
 *         "com.acme.Codec#decode": {"bytesPerOp": 0, "objectsPerOp": 0},
 *         "com.acme.Codec#encode": {"bytesPerOp": 32, "objectsPerOp": 1, "reason": "one pooled buffer per call", "sites": [
 *           {"bytesPerOp": 32, "objectsPerOp": 1, "type": "byte[]", "at": "com.acme.Codec.encode(Codec.java:42)"}
 *         ]}
 *       }
 *     }
 *   }
 * }
 * }</pre>
 */
public final class BaselineFile {
    /** 2 added each entry's sites; a file of format 1 (no sites) still reads, and gains them when next recorded. */
    public static final int FORMAT_VERSION = 2;
    public static final String DEFAULT_NAME = "allocbudget-baseline.json";
    private static final Set<String> ENTRY_KEYS = Set.of("bytesPerOp", "objectsPerOp", "reason", "time", "sites");
    private static final Set<String> SITE_KEYS = Set.of("bytesPerOp", "objectsPerOp", "type", "at", "in", "thread");
    private static final String ABOUT = "Bytes and objects per call of each @AllocationBudget method, per Java"
            + " feature version; allocbudget:check fails when a method allocates more. Rewrite with"
            + " 'mvn allocbudget:baseline'; the reason you add to an entry is kept.";

    private BaselineFile() {}

    /** Reads the file, or returns {@code null} when it does not exist. */
    public static Baseline readIfPresent(Path file) throws AllocBudgetException {
        if (!Files.exists(file)) {
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw broken(file, 1, "it is not UTF-8 text");
        } catch (IOException e) {
            throw new AllocBudgetException("allocbudget: cannot read the baseline file " + file + ": " + e, e);
        }
        try {
            return parse(JsonReader.parse(text, file.toString()), file);
        } catch (JsonReader.SyntaxError e) {
            throw broken(file, e.line(), e.problem());
        }
    }

    private static Baseline parse(Node root, Path file) throws AllocBudgetException {
        if (!(root.value() instanceof Map)) {
            throw broken(file, root.line(), "the file must hold one JSON object");
        }
        Node version = root.get("formatVersion");
        if (version == null || version.asNumber() == null) {
            throw broken(file, root.line(), "\"formatVersion\" is missing; this file was not written by allocbudget");
        }
        if (version.asNumber().compareTo(BigDecimal.valueOf(FORMAT_VERSION)) > 0) {
            throw new AllocBudgetException("allocbudget: the baseline file " + file + " is in format "
                    + version.asNumber() + " (line " + version.line() + "), written by a newer allocbudget; this"
                    + " plugin reads format " + FORMAT_VERSION + ". Use the newer plugin version, or delete the file"
                    + " and record it again with 'mvn allocbudget:baseline'. The file was not changed.");
        }
        if (version.asNumber().compareTo(BigDecimal.ONE) < 0 || version.asNumber().stripTrailingZeros().scale() > 0) {
            throw broken(file, version.line(), "\"formatVersion\" is " + version.asNumber() + "; the formats are 1 to "
                    + FORMAT_VERSION);
        }
        Node java = root.get("java");
        if (java == null || !(java.value() instanceof Map)) {
            throw broken(file, java == null ? root.line() : java.line(), "\"java\" must be an object of sections"
                    + " by Java feature version, e.g. \"java\": {\"17\": {...}}");
        }
        SortedMap<String, Section> sections = new TreeMap<>(Baseline.JAVA_ORDER);
        for (Map.Entry<String, Node> section : java.map().entrySet()) {
            if (!section.getKey().matches("[1-9][0-9]*")) {
                throw broken(file, section.getValue().line(), "\"" + section.getKey()
                        + "\" is not a Java feature version (like \"17\")");
            }
            sections.put(section.getKey(), section(section.getValue(), file));
        }
        return new Baseline(sections);
    }

    private static Section section(Node section, Path file) throws AllocBudgetException {
        Node env = section.get("environment");
        Node methods = section.get("methods");
        if (!(section.value() instanceof Map) || methods == null || !(methods.value() instanceof Map)) {
            throw broken(file, section.line(), "a section needs \"methods\": {\"com.acme.Codec#encode\":"
                    + " {\"bytesPerOp\": 32}, ...}");
        }
        Environment environment = env == null ? null : new Environment(text(env, "javaVersion"),
                text(env, "javaVendor"), text(env, "vmName"), text(env, "gc"), text(env, "pluginVersion"));
        SortedMap<MethodId, BaselineEntry> entries = new TreeMap<>();
        for (Map.Entry<String, Node> m : methods.map().entrySet()) {
            entries.put(methodId(m.getKey(), m.getValue(), file), entry(m.getKey(), m.getValue(), file));
        }
        return new Section(environment, entries);
    }

    private static MethodId methodId(String id, Node entry, Path file) throws AllocBudgetException {
        if (!id.matches("[^#\\s]+#[^#\\s]+")) {
            throw broken(file, entry.line(), "\"" + id + "\" is not a method id (com.acme.Codec#encode)");
        }
        try {
            return MethodId.parse(id);
        } catch (IllegalArgumentException e) {
            throw broken(file, entry.line(), "\"" + id + "\" is not a method id (com.acme.Codec#encode)");
        }
    }

    private static BaselineEntry entry(String id, Node entry, Path file) throws AllocBudgetException {
        if (!(entry.value() instanceof Map)) {
            throw broken(file, entry.line(), "the entry of " + id + " must be an object like {\"bytesPerOp\": 32}");
        }
        for (String key : entry.map().keySet()) {
            if (!ENTRY_KEYS.contains(key)) {
                throw broken(file, entry.map().get(key).line(), "unknown field \"" + key + "\" in the entry of " + id
                        + "; the fields are bytesPerOp, objectsPerOp, reason, time and sites");
            }
        }
        Double bytes = figure(entry.get("bytesPerOp"), id, "bytesPerOp", file);
        if (bytes == null) {
            throw broken(file, entry.line(), "the entry of " + id + " has no \"bytesPerOp\"");
        }
        Node reason = entry.get("reason");
        if (reason != null && !reason.isNull() && reason.asString() == null) {
            throw broken(file, reason.line(), "the \"reason\" of " + id + " must be a string");
        }
        return new BaselineEntry(bytes, figure(entry.get("objectsPerOp"), id, "objectsPerOp", file),
                reason == null ? null : reason.asString(), time(entry.get("time"), id, file),
                sites(entry.get("sites"), id, file));
    }

    /**
     * {@code "sites": [{"bytesPerOp": 16, "objectsPerOp": 1, "type": "java.lang.Integer", "at":
     * "com.acme.Codec.encode(Codec.java:42)", "in": "java.lang.Integer.valueOf(Integer.java:1081)"}]}: the user's
     * line ({@code at}), the allocating frame when it is another one ({@code in}), the thread when it is not the
     * measuring one; a site with no frames has no {@code at}. {@code null} when the entry has no sites (recorded by an earlier version, or without counting).
     */
    private static List<AllocationSite> sites(Node sites, String id, Path file) throws AllocBudgetException {
        if (sites == null || sites.isNull()) {
            return null;
        }
        if (!(sites.value() instanceof List)) {
            throw broken(file, sites.line(), "the \"sites\" of " + id + " must be a list of sites");
        }
        List<AllocationSite> read = new ArrayList<>();
        for (Node site : sites.list()) {
            if (!(site.value() instanceof Map)) {
                throw broken(file, site.line(), "a site of " + id + " must be an object like {\"bytesPerOp\": 16,"
                        + " \"objectsPerOp\": 1, \"type\": \"java.lang.Integer\", \"at\": \"...\"}");
            }
            for (String key : site.map().keySet()) {
                if (!SITE_KEYS.contains(key)) {
                    throw broken(file, site.map().get(key).line(), "unknown field \"" + key + "\" in a site of " + id
                            + "; the fields are bytesPerOp, objectsPerOp, type, at, in and thread");
                }
            }
            Double bytes = figure(site.get("bytesPerOp"), id, "sites.bytesPerOp", file);
            Double objects = figure(site.get("objectsPerOp"), id, "sites.objectsPerOp", file);
            String type = text(site, "type");
            String at = text(site, "at");
            if (bytes == null || objects == null || type == null) {
                throw broken(file, site.line(), "a site of " + id + " needs bytesPerOp, objectsPerOp and type");
            }
            String in = text(site, "in");
            String thread = text(site, "thread");
            read.add(new AllocationSite(type, objects, bytes, at == null ? List.of() : in == null ? List.of(at)
                    : List.of(in, at),
                    thread == null ? AllocationSite.MEASURING_THREAD : thread));
        }
        return read;
    }

    /** {@code "time": {"score": 12.3, "error": 0.4, "unit": "ns/op", "mode": "avgt"}}, recorded with JMH. */
    private static BaselineEntry.Time time(Node time, String id, Path file) throws AllocBudgetException {
        if (time == null || time.isNull()) {
            return null;
        }
        Double score = figure(time.get("score"), id, "time.score", file);
        Node error = time.get("error");
        String unit = text(time, "unit");
        String mode = text(time, "mode");
        if (score == null || unit == null || mode == null) {
            throw broken(file, time.line(), "the \"time\" of " + id + " needs score, unit and mode (and error)");
        }
        Double err = error == null || error.isNull() ? null : figure(error, id, "time.error", file);
        return new BaselineEntry.Time(score, err == null ? Double.NaN : err, unit, mode);
    }

    private static Double figure(Node node, String id, String field, Path file) throws AllocBudgetException {
        if (node == null || node.isNull()) {
            return null;
        }
        BigDecimal n = node.asNumber();
        if (n == null || n.signum() < 0) {
            throw broken(file, node.line(), "\"" + field + "\" of " + id + " must be a number, 0 or more");
        }
        return n.doubleValue();
    }

    private static String text(Node object, String key) {
        Node node = object.get(key);
        return node == null ? null : node.asString();
    }

    private static AllocBudgetException broken(Path file, int line, String what) {
        return new AllocBudgetException("allocbudget: the baseline file " + file + " is broken at line " + line
                + ": " + what + ". Fix that line (or take the file from version control), or delete the file and"
                + " record a new baseline with 'mvn allocbudget:baseline'. The file was not changed.");
    }

    /** Replaces the file in one atomic step: a crash mid-write leaves the old file as it was. */
    public static void write(Path file, Baseline baseline) throws IOException {
        AtomicFiles.replace(file, render(baseline));
    }

    static String render(Baseline baseline) {
        StringBuilder out = new StringBuilder();
        out.append("{\n  \"formatVersion\": ").append(FORMAT_VERSION).append(",\n");
        out.append("  \"about\": \"").append(ABOUT).append("\",\n");
        out.append("  \"java\": {");
        String sectionSeparator = "\n";
        for (Map.Entry<String, Section> section : baseline.sections().entrySet()) {
            out.append(sectionSeparator).append("    ").append(JsonWriter.string(section.getKey())).append(": {\n");
            Environment env = section.getValue().environment();
            if (env != null) {
                out.append("      \"environment\": ").append(JsonWriter.environment(env)).append(",\n");
            }
            out.append("      \"methods\": {");
            String separator = "\n";
            for (Map.Entry<MethodId, BaselineEntry> m : section.getValue().methods().entrySet()) {
                BaselineEntry e = m.getValue();
                out.append(separator).append("        ").append(JsonWriter.string(m.getKey().toString()))
                        .append(": {").append(figures(e));
                if (e.reason() != null) {
                    out.append(", \"reason\": ").append(JsonWriter.string(e.reason()));
                }
                sites(out, e.sites());
                out.append('}');
                separator = ",\n";
            }
            out.append(section.getValue().methods().isEmpty() ? "}\n" : "\n      }\n").append("    }");
            sectionSeparator = ",\n";
        }
        out.append(baseline.sections().isEmpty() ? "}\n}\n" : "\n  }\n}\n");
        return out.toString();
    }

    /** One site per line, below its entry's figures, so that a pull request's diff shows which site changed. */
    private static void sites(StringBuilder out, List<AllocationSite> sites) {
        if (sites == null) {
            return;
        }
        out.append(", \"sites\": [");
        String separator = "\n";
        for (AllocationSite site : AllocationSite.merged(sites)) {
            AllocationSite seen = site.asSeen();
            out.append(separator).append("          {\"bytesPerOp\": ").append(Figures.number(seen.bytesPerOp()))
                    .append(", \"objectsPerOp\": ").append(Figures.number(seen.objectsPerOp()))
                    .append(", \"type\": ").append(JsonWriter.string(seen.type()));
            if (seen.userLine() != null) { // a site with no frames has no "at"
                out.append(", \"at\": ").append(JsonWriter.string(seen.userLine()));
            }
            if (seen.frames().size() > 1) {
                out.append(", \"in\": ").append(JsonWriter.string(seen.allocatingFrame()));
            }
            if (seen.onOtherThread()) {
                out.append(", \"thread\": ").append(JsonWriter.string(seen.thread()));
            }
            out.append('}');
            separator = ",\n";
        }
        out.append(sites.isEmpty() ? "]" : "\n        ]");
    }

    /** An entry's figures as the file writes them: {@code "bytesPerOp": 32, "objectsPerOp": 1, "time": {...}}. */
    static String figures(BaselineEntry e) {
        StringBuilder out = new StringBuilder("\"bytesPerOp\": ").append(Figures.number(e.bytesPerOp()));
        if (e.objectsPerOp() != null) {
            out.append(", \"objectsPerOp\": ").append(Figures.number(e.objectsPerOp()));
        }
        if (e.time() != null) {
            BaselineEntry.Time t = e.time();
            out.append(", \"time\": {\"score\": ").append(Figures.number(t.score()))
                    .append(", \"error\": ").append(JsonWriter.number(t.error()))
                    .append(", \"unit\": ").append(JsonWriter.string(t.unit()))
                    .append(", \"mode\": ").append(JsonWriter.string(t.mode())).append('}');
        }
        return out.toString();
    }
}
