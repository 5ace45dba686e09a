package dev.allocbudget.core.report;

import dev.allocbudget.core.io.Figures;
import dev.allocbudget.core.model.BaselineComparison;
import dev.allocbudget.core.model.BaselineEntry;
import dev.allocbudget.core.model.BaselineUse;
import dev.allocbudget.core.model.CheckOutcome;
import dev.allocbudget.core.model.Environment;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.PropertyNames;
import dev.allocbudget.core.model.Verdict;
import java.util.List;
import java.util.function.Function;

/**
 * Writes {@code report.md}: the summary and one table row per method (figure, budget, baseline and delta, for bytes
 * and objects), ready to paste into a pull request or to append to GitHub's job summary; then the messages and
 * allocation sites of the methods that failed.
 */
final class MarkdownReport {
    static final String FILE_NAME = "report.md";
    private static final String NONE = "–";

    private MarkdownReport() {}

    /** @param title what the report is about, e.g. the module's name */
    static String render(CheckOutcome outcome, String title, String baselineName) {
        StringBuilder md = new StringBuilder();
        Environment env = outcome.environment();
        md.append("### allocbudget: ").append(title).append("\n\n");
        md.append(ConsoleText.summary(outcome)).append("\n\n");
        md.append("Java ").append(env.javaVersion()).append(" · ").append(env.vmName()).append(" · ")
                .append(env.gc()).append(" · allocbudget ").append(env.pluginVersion());
        BaselineUse baseline = outcome.baseline();
        if (baseline != null) {
            md.append(" · baseline `").append(baselineName).append("` (Java ")
                    .append(baseline.javaInFile().isEmpty() ? "none" : String.join(", ", baseline.javaInFile()))
                    .append(")");
        }
        md.append("\n\n");
        if (baseline != null && !baseline.hasJava()) {
            md.append("> The baseline has no figures for Java ").append(baseline.java())
                    .append(", so every method is new. Record them with `mvn allocbudget:baseline` on Java ")
                    .append(baseline.java()).append(".\n\n");
        }
        if (outcome.results().isEmpty()) {
            return md.append("No `@AllocationBudget` methods were checked.\n").toString();
        }
        boolean jmh = outcome.results().stream().anyMatch(r -> r.jmh() != null);
        // compared with a reference instead of a baseline file: its figures fill the baseline's columns
        String recorded = outcome.results().stream().anyMatch(ConsoleText::againstReference) ? "Reference" : "Baseline";
        md.append("| | Method | B/op | Budget | " + recorded + " | Δ | obj/op | Budget | " + recorded + " | Δ |")
                .append(jmh ? " JMH time | JMH B/op |\n" : "\n");
        md.append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|").append(jmh ? "--:|--:|\n" : "\n");
        for (MethodResult r : outcome.results()) {
            BaselineEntry entry = r.baseline() == null ? null : r.baseline().entry();
            md.append("| ").append(result(r)).append(" | `").append(r.id()).append("` | ")
                    .append(figure(r.bytesPerOp())).append(" | ").append(limit(r.budget().bytes())).append(" | ")
                    .append(recorded(entry, BaselineEntry::bytesPerOp)).append(" | ")
                    .append(delta(r.bytesPerOp(), entry == null ? null : entry.bytesPerOp(), " B")).append(" | ")
                    .append(figure(r.objectsPerOp())).append(" | ").append(limit(r.budget().objects())).append(" | ")
                    .append(recorded(entry, BaselineEntry::objectsPerOp)).append(" | ")
                    .append(delta(r.objectsPerOp(), entry == null ? null : entry.objectsPerOp(), "")).append(" |");
            if (jmh) {
                md.append(' ').append(r.jmh() == null ? NONE : FigureText.time(r.jmh())
                        + (r.jmh().reference() == null ? "" : ", " + FigureText.comparison(r.jmh().reference())))
                        .append(" | ")
                        .append(r.jmh() == null ? NONE : figure(r.jmh().allocNorm())).append(" |");
            }
            md.append('\n');
        }
        List<MethodResult> broken = outcome.results().stream().filter(r -> r.verdict() != Verdict.PASS).toList();
        if (!broken.isEmpty()) {
            md.append("\n**What failed**\n\n");
            for (MethodResult r : broken) {
                md.append("- ").append(escape(ResultText.withId(r)).replace("\n", "\n  ")).append('\n');
                List<String> sites = r.isTimeOnlyRegression() ? List.of() : ConsoleText.siteLines(r, ConsoleText.MAX_SITES_SHOWN);
                if (!sites.isEmpty() && r.objectsPerOp() != null) {
                    md.append("  ```\n");
                    sites.forEach(line -> md.append("  ").append(line).append('\n'));
                    md.append("  ```\n");
                }
            }
        }
        if (baseline != null && !baseline.stale().isEmpty()) {
            md.append("\n**Stale baseline entries** (Java ").append(baseline.java()).append(": no such method; ")
                    .append("`mvn allocbudget:baseline` removes them): ")
                    .append(String.join(", ", baseline.stale().stream().map(id -> "`" + id + "`").toList()))
                    .append('\n');
        }
        if (!outcome.with(Verdict.REGRESSED).isEmpty()) {
            md.append("\nTo accept a regression: `mvn allocbudget:baseline`, then commit `").append(baselineName)
                    .append("` (add a reason for the change).\n");
        }
        if (!outcome.with(BaselineComparison.Status.IMPROVED).isEmpty()) {
            md.append("\nTo lock improvements in: `mvn allocbudget:baseline`, or `-D" + PropertyNames.RATCHET + "=true` on the")
                    .append(" check, then commit `").append(baselineName).append("`.\n");
        }
        return md.toString();
    }

    /** Messages quote exceptions and types ({@code List<String>}): keep GitHub from reading them as HTML. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String result(MethodResult r) {
        return result(r.verdict(), r.baseline() == null ? null : r.baseline().status());
    }

    /**
     * The first column of a method's row (also of the build's report, from a module's report.json).
     *
     * @param status the comparison's with the baseline or reference, or null without one
     */
    static String result(Verdict verdict, BaselineComparison.Status status) {
        if (verdict == Verdict.PASS && status != null) {
            switch (status) {
                case IMPROVED: return "✅ improved";
                case NEW: return "✅ new";
                default: break;
            }
        }
        switch (verdict) {
            case PASS: return "✅ pass";
            case FAIL: return "❌ **over budget**";
            case REGRESSED: return "❌ **regressed**";
            default: return "⚠️ **error**";
        }
    }

    static String figure(Double value) {
        return value == null ? NONE : Figures.number(value);
    }

    static String limit(Long value) {
        return value == null ? NONE : value.toString();
    }

    private static String recorded(BaselineEntry entry, Function<BaselineEntry, Double> field) {
        return entry == null ? NONE : figure(field.apply(entry));
    }

    static String delta(Double figure, Double recorded, String unit) {
        return figure == null || recorded == null ? NONE : Figures.delta(figure, recorded, unit);
    }
}
