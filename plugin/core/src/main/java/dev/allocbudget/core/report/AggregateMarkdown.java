package dev.allocbudget.core.report;

import dev.allocbudget.core.aggregate.BuildReport;
import dev.allocbudget.core.aggregate.ModuleMethod;
import dev.allocbudget.core.aggregate.ModuleReport;
import dev.allocbudget.core.model.BaselineComparison;
import dev.allocbudget.core.model.Verdict;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The aggregate's {@code report.md} and the build's one section of GitHub's job summary: the summary, the modules set
 * apart (no report, another JDK, an earlier build), one table of the methods that need attention, their messages,
 * and the passed methods folded in a {@code <details>}. Capped in size: GitHub refuses a job summary over 1 MiB.
 */
final class AggregateMarkdown {
    static final String FILE_NAME = "report.md";
    /** Half of GitHub's limit for a step's summary, leaving room for the job's other steps. */
    static final int STEP_SUMMARY_CAP = 512 * 1024;
    private static final String HEADER = "| | Module | Method | B/op | Budget | Baseline | Δ | obj/op | Budget"
            + " | Baseline | Δ |\n|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|\n";

    private AggregateMarkdown() {}

    /** @param capBytes the most UTF-8 bytes to write; rows and messages beyond it are left out, and the text says so */
    static String render(BuildReport report, String title, int capBytes) {
        Capped md = new Capped(capBytes);
        md.always("### allocbudget: " + title + " (" + HtmlText.plural(report.modules().size(), "module") + ")\n\n");
        md.always((AggregateText.good(report) ? "✅ " : "❌ ") + AggregateText.headline(report) + ": "
                + AggregateText.summary(report) + "\n\n");
        if (report.java() != null) {
            md.always("Java " + report.java() + " · allocbudget " + report.pluginVersion() + "\n\n");
        }
        for (ModuleReport module : report.modules()) {
            List<String> notes = report.notes(module);
            if (!notes.isEmpty() && module.state() != ModuleReport.State.MISSING) {
                md.always("> **" + module.name() + "**: " + MarkdownReport.escape(String.join("; ", notes)) + "\n");
            }
        }
        List<ModuleReport> missing = report.with(ModuleReport.State.MISSING);
        if (!missing.isEmpty()) {
            md.always("> No report (the check did not run here): "
                    + String.join(", ", missing.stream().map(m -> "`" + m.name() + "`").toList()) + "\n");
        }
        md.always("\n");
        List<ModuleMethod> attention = report.attention();
        if (!attention.isEmpty()) {
            md.always(HEADER);
            attention.forEach(m -> md.row(row(m)));
            md.always("\n**What failed**\n\n");
            attention.forEach(m -> md.row("- `" + m.module().name() + "`: "
                    + MarkdownReport.escape(String.valueOf(m.message())).replace("\n", "\n  ") + "\n"));
            md.always("\n");
        }
        List<ModuleMethod> passed = report.passed();
        if (!passed.isEmpty()) {
            md.always("<details><summary>" + HtmlText.plural(passed.size(), "method") + " passed</summary>\n\n"
                    + HEADER);
            passed.forEach(m -> md.row(row(m)));
            md.always("\n</details>\n");
        }
        return md.finish();
    }

    private static String row(ModuleMethod m) {
        Double bytes = m.number("bytesPerOp");
        Double objects = m.number("objectsPerOp");
        Double baseBytes = m.number("baseline", "bytesPerOp");
        Double baseObjects = m.number("baseline", "objectsPerOp");
        return "| " + result(m) + " | " + m.module().name() + " | `" + m.id() + "` | "
                + MarkdownReport.figure(bytes) + " | " + limit(m.number("budget", "bytes")) + " | "
                + MarkdownReport.figure(baseBytes) + " | " + MarkdownReport.delta(bytes, baseBytes, " B") + " | "
                + MarkdownReport.figure(objects) + " | " + limit(m.number("budget", "objects")) + " | "
                + MarkdownReport.figure(baseObjects) + " | " + MarkdownReport.delta(objects, baseObjects, "") + " |\n";
    }

    /** The per-module report's words for a verdict; a verdict this version does not know is shown as it is. */
    static String result(ModuleMethod m) {
        Verdict verdict;
        try {
            verdict = Verdict.valueOf(m.verdict());
        } catch (IllegalArgumentException e) {
            return "⚠️ **" + m.verdict().toLowerCase(java.util.Locale.ROOT) + "**";
        }
        BaselineComparison.Status status = null;
        for (BaselineComparison.Status s : BaselineComparison.Status.values()) {
            if (s.name().equals(m.baselineStatus())) {
                status = s;
            }
        }
        return MarkdownReport.result(verdict, status);
    }

    private static String limit(Double value) {
        return MarkdownReport.limit(value == null ? null : value.longValue());
    }

    /**
     * Text that stops taking rows once it is near its cap: the headings and summary are always written, rows and
     * messages while they fit, and at the end a note of how many were left out.
     */
    private static final class Capped {
        /** Room kept for the text written after the rows (closing tags, the note). */
        private static final int RESERVE = 2048;
        private final StringBuilder text = new StringBuilder();
        private final int cap;
        private int bytes;
        private int leftOut;

        Capped(int cap) {
            this.cap = cap;
        }

        void always(String s) {
            text.append(s);
            bytes += utf8(s);
        }

        void row(String s) {
            int size = utf8(s);
            if (leftOut > 0 || bytes + size > cap - RESERVE) {
                leftOut++;
            } else {
                always(s);
            }
        }

        String finish() {
            if (leftOut > 0) {
                text.append("\n> ").append(leftOut).append(" rows and messages left out: this summary is capped at ")
                        .append(cap / 1024).append(" KiB (GitHub takes at most 1 MiB per step). The aggregate's")
                        .append(" report.md and report.html have every method.\n");
            }
            return text.toString();
        }

        private static int utf8(String s) {
            return s.getBytes(StandardCharsets.UTF_8).length;
        }
    }
}
