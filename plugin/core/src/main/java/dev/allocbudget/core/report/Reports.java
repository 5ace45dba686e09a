package dev.allocbudget.core.report;

import dev.allocbudget.core.CheckOutcome;
import dev.allocbudget.core.CheckRequest;
import dev.allocbudget.core.baseline.BaselineFile;
import dev.allocbudget.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes every report of one check, each replaced in one step: {@code report.json}, {@code report.md} and
 * {@code report.html} beside each other, {@code TEST-allocbudget.xml} where CI looks for JUnit reports (by default
 * with the others); and appends {@code report.md} to GitHub's job summary when asked.
 */
public final class Reports {
    /** Modules of a parallel build append to one job summary file; one at a time keeps their sections whole. */
    private static final Object SUMMARY_LOCK = new Object();

    private Reports() {}

    public static void write(CheckOutcome outcome, CheckRequest request) throws IOException {
        Path dir = request.reportDir();
        AtomicFiles.replace(dir.resolve(JsonReport.FILE_NAME), JsonReport.render(outcome));
        AtomicFiles.replace(request.junitReportsDir().resolve(JUnitXmlReport.FILE_NAME),
                JUnitXmlReport.render(outcome));
        String title = String.valueOf(request.projectDir().toAbsolutePath().normalize().getFileName());
        String markdown = MarkdownReport.render(outcome, title, BaselineFile.displayName(request.projectDir(), request.baselineFile()));
        AtomicFiles.replace(dir.resolve(MarkdownReport.FILE_NAME), markdown);
        HtmlReport.write(outcome, dir);
        if (request.stepSummary() != null) {
            synchronized (SUMMARY_LOCK) {
                Files.writeString(request.stepSummary(), markdown + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            }
        }
    }

}
