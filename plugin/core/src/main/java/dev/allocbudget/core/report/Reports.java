package dev.allocbudget.core.report;

import dev.allocbudget.core.io.AtomicFiles;
import dev.allocbudget.core.model.CheckOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes every report of one check, each replaced in one step: {@code report.json}, {@code report.md} and
 * {@code report.html} beside each other, {@code TEST-allocbudget.xml} where CI looks for JUnit reports (by default
 * with the others); the flame graphs' stacks in {@code flame/}; and appends {@code report.md} to GitHub's job summary when asked.
 *
 * @param reportDir       where {@code report.json}, {@code report.md} and {@code report.html} go
 * @param junitReportsDir where {@code TEST-allocbudget.xml} goes
 * @param projectDir      the module's directory: its name titles the Markdown report
 * @param baselineFile    the module's baseline file, named in the advice
 * @param stepSummary     a file to append {@code report.md} to (GitHub's {@code GITHUB_STEP_SUMMARY}), or null
 */
public record Reports(Path reportDir, Path junitReportsDir, Path projectDir, Path baselineFile, Path stepSummary) {
    /** Modules of a parallel build append to one job summary file; one at a time keeps their sections whole. */
    private static final Object SUMMARY_LOCK = new Object();

    public void write(CheckOutcome outcome) throws IOException {
        AtomicFiles.replace(reportDir.resolve(JsonReport.FILE_NAME), JsonReport.render(outcome));
        AtomicFiles.replace(junitReportsDir.resolve(JUnitXmlReport.FILE_NAME), JUnitXmlReport.render(outcome));
        String title = String.valueOf(projectDir.toAbsolutePath().normalize().getFileName());
        String markdown = MarkdownReport.render(outcome, title, ConsoleText.relative(projectDir, baselineFile));
        AtomicFiles.replace(reportDir.resolve(MarkdownReport.FILE_NAME), markdown);
        HtmlReport.write(outcome, reportDir);
        CollapsedStacks.write(outcome, reportDir);
        if (stepSummary != null) {
            synchronized (SUMMARY_LOCK) {
                Files.writeString(stepSummary, markdown + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            }
        }
    }
}
