package dev.allocbudget.core.report;

import static dev.allocbudget.core.io.JsonWriter.string;
import static dev.allocbudget.core.io.JsonWriter.strings;

import dev.allocbudget.core.aggregate.BuildReport;
import dev.allocbudget.core.aggregate.ModuleMethod;
import dev.allocbudget.core.aggregate.ModuleReport;
import dev.allocbudget.core.io.JsonTree;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;

/**
 * The aggregate's {@code report.json}: the build ({@code aggregate}), every module with what sets it apart and its
 * own {@code environment} and {@code baseline} as it wrote them, and every method as its module wrote it, with
 * {@code module} and {@code modulePath} in front, in the aggregate's order (worst verdict first, then by module).
 * Same {@code formatVersion} as a module's report: a method entry has the fields it has there.
 */
final class AggregateJson {
    static final String FILE_NAME = JsonReport.FILE_NAME;

    private AggregateJson() {}

    /** @param rootDir the build's root: the modules' report files are named relative to it */
    static String render(BuildReport report, Path rootDir) {
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"formatVersion\": ").append(JsonReport.FORMAT_VERSION).append(",\n");
        json.append("  \"aggregate\": {\"pluginVersion\": ").append(string(report.pluginVersion()))
                .append(", \"buildStart\": ").append(string(report.buildStart() == null ? null
                        : report.buildStart().toString()))
                .append(", \"javaVersion\": ").append(string(report.java()))
                .append(", \"summary\": ").append(string(AggregateText.summary(report))).append("},\n");
        json.append("  \"modules\": [");
        String separator = "\n";
        for (ModuleReport m : report.modules()) {
            json.append(separator).append("    {\"module\": ").append(string(m.name()))
                    .append(", \"modulePath\": ").append(string(m.source().path()))
                    .append(", \"report\": ").append(string(ConsoleText.relative(rootDir, m.source().reportFile())
                            .replace('\\', '/')))
                    .append(", \"state\": ").append(string(m.state().name()))
                    .append(", \"problem\": ").append(string(m.problem()))
                    .append(", \"inThisBuild\": ").append(m.source().inThisBuild())
                    .append(", \"written\": ").append(string(m.written() == null ? null
                            : m.written().truncatedTo(ChronoUnit.MILLIS).toString()))
                    .append(", \"earlierBuild\": ").append(report.earlier(m))
                    .append(", \"otherJava\": ").append(report.otherJava(m))
                    .append(", \"notes\": ").append(strings(report.notes(m)))
                    .append(", \"methods\": ").append(m.isRead() ? String.valueOf(m.methods().size()) : "null")
                    .append(", \"environment\": ").append(m.isRead() ? JsonTree.write(m.environment()) : "null")
                    .append(", \"baseline\": ").append(m.isRead() ? JsonTree.write(m.json().get("baseline")) : "null")
                    .append('}');
            separator = ",\n";
        }
        json.append(report.modules().isEmpty() ? "],\n" : "\n  ],\n");
        json.append("  \"methods\": [");
        separator = "\n";
        for (ModuleMethod m : report.methods()) {
            json.append(separator).append("    {\"module\": ").append(string(m.module().name()))
                    .append(", \"modulePath\": ").append(string(m.module().source().path()))
                    .append(", ").append(JsonTree.members(m.json())).append('}');
            separator = ",\n";
        }
        json.append(report.methods().isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return json.toString();
    }
}
