package dev.allocbudget.core.aggregate;

import dev.allocbudget.core.io.JsonReader.Node;
import java.time.Instant;
import java.util.List;

/**
 * A module's {@code report.json} as read for the aggregate, or why it could not be used.
 *
 * @param problem what is wrong with the report, in a user's words, when {@code state} is not {@code READ}
 * @param json    the whole report as written, when read
 * @param written when the report file was last written (its modification time), or null when there is none
 */
public record ModuleReport(ModuleSource source, State state, String problem, Node json, Instant written) {

    public enum State {
        /** Read, in the format this plugin writes. */
        READ,
        /** No report: the check did not run in this module (no budget methods, skipped, or not built). */
        MISSING,
        /** Not JSON, or not a report of this plugin. */
        UNREADABLE,
        /** A report of another version of the plugin, in a format this one does not read. */
        OTHER_FORMAT
    }

    public String name() {
        return source.name();
    }

    public boolean isRead() {
        return state == State.READ;
    }

    /** The report's methods as written, in its order (by id); none when it was not read. */
    public List<Node> methods() {
        return isRead() ? json.get("methods").list() : List.of();
    }

    /** The report's {@code environment} object, or null when it was not read. */
    public Node environment() {
        return isRead() ? json.get("environment") : null;
    }

    /** A field of the environment ({@code javaVersion}, {@code pluginVersion}...), or null. */
    public String environment(String field) {
        Node env = environment();
        return env == null || env.get(field) == null ? null : env.get(field).asString();
    }

    /** {@code 17.0.15 (Eclipse Adoptium)}: the JDK the module was measured on, or null when it was not read. */
    public String java() {
        String version = environment("javaVersion");
        if (version == null) {
            return null;
        }
        String vendor = environment("javaVendor");
        return vendor == null ? version : version + " (" + vendor + ")";
    }
}
