package dev.allocbudget.core.report;

import dev.allocbudget.core.aggregate.BuildReport;
import dev.allocbudget.core.aggregate.ModuleReport;
import dev.allocbudget.core.aggregate.ModuleReports;
import dev.allocbudget.core.aggregate.ModuleSource;
import dev.allocbudget.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

/**
 * The reports of a whole build, from its modules' {@code report.json}: {@code report.json}, {@code report.md},
 * {@code report.html} and {@code TEST-allocbudget.xml} in one directory, each replaced in one step; and the build's
 * one section of GitHub's job summary, capped in size.
 *
 * @param rootDir     the build's root directory: what the modules' files are named relative to
 * @param title       what the reports are about, e.g. the root project's name
 * @param outputDir   where the four reports go
 * @param stepSummary a file to append {@code report.md} to (GitHub's {@code GITHUB_STEP_SUMMARY}), or null
 */
public record AggregateReports(Path rootDir, String title, Path outputDir, Path stepSummary) {

    /** Reads every module's report; a bad one is kept as such, never thrown. */
    public static BuildReport read(List<ModuleSource> modules, Instant buildStart, String pluginVersion) {
        List<ModuleReport> reports = modules.stream()
                .map(source -> ModuleReports.read(source, JsonReport.FORMAT_VERSION)).toList();
        return BuildReport.merge(reports, buildStart, pluginVersion);
    }

    /** Writes the reports and returns the HTML page's path. */
    public Path write(BuildReport report) throws IOException {
        Files.createDirectories(outputDir);
        AtomicFiles.replace(outputDir.resolve(AggregateJson.FILE_NAME), AggregateJson.render(report, rootDir));
        AtomicFiles.replace(outputDir.resolve(AggregateJUnitXml.FILE_NAME), AggregateJUnitXml.render(report));
        AtomicFiles.replace(outputDir.resolve(AggregateMarkdown.FILE_NAME),
                AggregateMarkdown.render(report, title, Integer.MAX_VALUE));
        Path html = outputDir.resolve(AggregateHtml.FILE_NAME);
        AtomicFiles.replace(html, AggregateHtml.render(report, title, outputDir));
        if (stepSummary != null) {
            Files.writeString(stepSummary, AggregateMarkdown.render(report, title, AggregateMarkdown.STEP_SUMMARY_CAP)
                    + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE);
        }
        return html;
    }
}
