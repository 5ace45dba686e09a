package dev.allocbudget.core.report;

import static dev.allocbudget.core.report.HtmlText.breakable;
import static dev.allocbudget.core.report.HtmlText.esc;
import static dev.allocbudget.core.report.HtmlText.plural;

import dev.allocbudget.core.io.AtomicFiles;
import dev.allocbudget.core.model.BaselineUse;
import dev.allocbudget.core.model.CheckOutcome;
import dev.allocbudget.core.model.Environment;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * Writes {@code report.html}: one self-contained page for humans, readable on a phone. Inline CSS only (the
 * resource {@code report.css}, copied into the page); no fonts, images or links to fetch, and a
 * Content-Security-Policy that forbids them, so the page shows the same offline, from a CI artifact or an e-mail
 * attachment. The one script, the flame graphs' ({@link HtmlFlameGraph}), is inlined only on a page that has one, and
 * the policy lets it run by its hash: no other script can, not even one a message smuggled in. Methods that need
 * attention come first; each method has a bar chart of measured vs budget vs baseline, scaled within the method so
 * that 0 vs 32 B is visible.
 */
public final class HtmlReport {
    public static final String FILE_NAME = "report.html";

    /** The page's style sheet, a resource beside this class. */
    private static final String CSS = resource("report.css");

    private HtmlReport() {}

    /** Writes the report into {@code dir}, replacing any old one in one step, and returns its path. */
    public static Path write(CheckOutcome outcome, Path dir) throws IOException {
        Path target = dir.resolve(FILE_NAME);
        AtomicFiles.replace(target, render(outcome));
        return target;
    }

    static String render(CheckOutcome outcome) {
        List<MethodResult> attention = outcome.results().stream().filter(HtmlReport::needsAttention)
                .sorted(Comparator.comparing(MethodResult::verdict)).toList(); // FAIL, REGRESSED, ERROR; by id within
        List<MethodResult> passed = outcome.with(Verdict.PASS);
        StringBuilder html = new StringBuilder(32 * 1024);
        boolean flameGraphs = outcome.results().stream().anyMatch(HtmlFlameGraph::shows);
        head(html, outcome, flameGraphs);
        html.append("<body>\n<main>\n");
        top(html, outcome, attention.size());
        group(html, "attention", "Needs attention", attention);
        group(html, "passed", "Passed", passed);
        html.append("<footer>Written by allocbudget ").append(esc(outcome.environment().pluginVersion()))
                .append(". Bytes and objects are per call, in steady state after JIT compilation;"
                        + " report.json has every figure and every allocation site.</footer>\n");
        html.append("</main>\n");
        if (flameGraphs) {
            html.append("<script>").append(HtmlFlameGraph.SCRIPT).append("</script>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    static boolean needsAttention(MethodResult r) {
        return r.verdict() != Verdict.PASS;
    }

    // ---------------------------------------------------------------- page head and summary

    private static void head(StringBuilder html, CheckOutcome outcome, boolean flameGraphs) {
        head(html, ConsoleText.summaryLine(outcome), "", flameGraphs);
    }

    /**
     * The page's head, titled; {@code css} is added to the style sheet (the aggregate's own rules), and the
     * flame graphs' script may run when the page has one.
     */
    static void head(StringBuilder html, String title, String css, boolean flameGraphs) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"color-scheme\" content=\"light dark\">\n")
                // Belt and braces: even a bug in this class cannot make the page fetch anything or run a script but
                // the flame graphs' own, named by its hash.
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                        + " style-src 'unsafe-inline'")
                .append(flameGraphs ? "; script-src " + HtmlFlameGraph.SCRIPT_SOURCE : "").append("\">\n")
                .append("<title>").append(esc(title)).append("</title>\n")
                .append("<style>\n").append(CSS).append(css).append("</style>\n</head>\n");
    }

    private static void top(StringBuilder html, CheckOutcome outcome, int attention) {
        int total = outcome.results().size();
        String headline = total == 0 ? "No methods were checked"
                : attention == 0 ? "All " + plural(total, "method") + " passed"
                : attention + " of " + plural(total, "method") + " need" + (attention == 1 ? "s" : "") + " attention";
        html.append("<header class=\"top\">\n<p class=\"brand\">allocbudget report</p>\n")
                .append("<h1 class=\"headline ").append(attention == 0 ? "ok" : "bad").append("\">")
                .append(esc(headline)).append("</h1>\n")
                .append("<p class=\"summary\">").append(esc(ConsoleText.summary(outcome))).append("</p>\n");
        environment(html, outcome);
        baselineNotes(html, outcome.baseline());
        html.append("</header>\n");
    }

    private static void environment(StringBuilder html, CheckOutcome outcome) {
        Environment env = outcome.environment();
        html.append("<dl class=\"env\">\n");
        fact(html, "Java", env.javaVersion() + (env.javaVendor() == null ? "" : " (" + env.javaVendor() + ")"));
        fact(html, "VM", env.vmName());
        fact(html, "GC", env.gc());
        fact(html, "Plugin", env.pluginVersion());
        BaselineUse baseline = outcome.baseline();
        fact(html, "Baseline", baseline == null ? "none (no baseline file)"
                : baseline.file().getFileName() + (baseline.javaInFile().isEmpty() ? " (empty)"
                        : " (Java " + String.join(", ", baseline.javaInFile()) + ")"));
        html.append("</dl>\n");
    }

    static void fact(StringBuilder html, String name, String value) {
        html.append("<div><dt>").append(esc(name)).append("</dt><dd>").append(esc(value)).append("</dd></div>\n");
    }

    private static void baselineNotes(StringBuilder html, BaselineUse baseline) {
        if (baseline == null) {
            return;
        }
        if (!baseline.hasJava()) {
            html.append("<p class=\"note\">The baseline file has no section for Java ").append(esc(baseline.java()))
                    .append(": every method is new on this Java and is compared with its budget only.</p>\n");
        }
        if (!baseline.stale().isEmpty()) {
            html.append("<details class=\"stale\"><summary>")
                    .append(plural(baseline.stale().size(), "stale baseline entry", "stale baseline entries"))
                    .append(" (no such method was measured)</summary>\n<ul>\n");
            for (String id : baseline.stale()) {
                html.append("<li class=\"id\">").append(breakable(id)).append("</li>\n");
            }
            html.append("</ul>\n</details>\n");
        }
    }

    private static void group(StringBuilder html, String kind, String title, List<MethodResult> results) {
        if (results.isEmpty()) {
            return;
        }
        html.append("<h2 class=\"group ").append(kind).append("\">").append(esc(title))
                .append(" <span class=\"count\">").append(results.size()).append("</span></h2>\n");
        for (MethodResult r : results) {
            HtmlMethodCard.card(html, r);
        }
    }

    /*
     * The style sheet and the script are read once. Mobile first. Colours are plain hex (no color-mix, no oklch) so
     * that computed styles read back as rgb() in the browser test. Nothing is wider than the viewport: ids, messages
     * and frames wrap anywhere.
     */
    static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the plugin");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from the plugin", e);
        }
    }
}
