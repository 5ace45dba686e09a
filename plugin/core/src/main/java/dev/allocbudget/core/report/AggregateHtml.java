package dev.allocbudget.core.report;

import static dev.allocbudget.core.report.HtmlText.breakable;
import static dev.allocbudget.core.report.HtmlText.esc;
import static dev.allocbudget.core.report.HtmlText.plural;

import dev.allocbudget.core.aggregate.BuildReport;
import dev.allocbudget.core.aggregate.ModuleMethod;
import dev.allocbudget.core.aggregate.ModuleReport;
import dev.allocbudget.core.io.Figures;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The aggregate's {@code report.html}: the build's page, with the per-module report's style and its
 * Content-Security-Policy (no script, nothing fetched). One table of the methods that need attention with their
 * messages, the passed ones folded, and every module with what sets it apart and a link to its own report, which
 * has the charts and sites.
 */
final class AggregateHtml {
    static final String FILE_NAME = HtmlReport.FILE_NAME;

    /** Rules the per-module page has no use for: its methods are cards, the aggregate's are table rows. */
    private static final String CSS = """
            .scroll { overflow-x: auto; }
            table.methods, table.modules { border-collapse: collapse; width: 100%; font-size: 0.9em; }
            table.methods th, table.methods td, table.modules th, table.modules td {
              border-bottom: 1px solid var(--line); padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
            table.methods td.num { text-align: right; white-space: nowrap; }
            tr.attention td.verdict { color: var(--bad); font-weight: bold; }
            ol.messages { padding-left: 1.2em; }
            ol.messages li { margin: 0.6em 0; }
            tr:has(+ tr.aside) td { border-bottom: none; }
            tr.aside td { padding-top: 0; color: var(--muted); }
            details.passed > summary { cursor: pointer; margin: 0.5em 0; }
            """;

    private AggregateHtml() {}

    /** @param dir where the page goes: the modules' pages are linked relative to it */
    static String render(BuildReport report, String title, Path dir) {
        StringBuilder html = new StringBuilder(32 * 1024);
        HtmlReport.head(html, "allocbudget: " + title + ": " + AggregateText.headline(report), CSS, false);
        html.append("<body>\n<main>\n<header class=\"top\">\n<p class=\"brand\">allocbudget report of ")
                .append(esc(title)).append(", ").append(plural(report.modules().size(), "module")).append("</p>\n")
                .append("<h1 class=\"headline ").append(AggregateText.good(report) ? "ok" : "bad").append("\">")
                .append(esc(AggregateText.headline(report))).append("</h1>\n")
                .append("<p class=\"summary\">").append(esc(AggregateText.summary(report))).append("</p>\n")
                .append("<dl class=\"env\">\n");
        HtmlReport.fact(html, "Java", report.java() == null ? "none read" : report.java() + " (most modules)");
        HtmlReport.fact(html, "Plugin", report.pluginVersion());
        HtmlReport.fact(html, "Build started",
                report.buildStart() == null ? "unknown" : report.buildStart().toString());
        html.append("</dl>\n</header>\n");
        List<ModuleMethod> attention = report.attention();
        if (!attention.isEmpty()) {
            html.append("<h2 class=\"group attention\">Needs attention <span class=\"count\">")
                    .append(attention.size()).append("</span></h2>\n");
            table(html, attention, true);
        }
        List<ModuleMethod> passed = report.passed();
        if (!passed.isEmpty()) {
            html.append("<h2 class=\"group passed\">Passed <span class=\"count\">").append(passed.size())
                    .append("</span></h2>\n<details class=\"passed\"><summary>")
                    .append(plural(passed.size(), "method")).append("</summary>\n");
            table(html, passed, false);
            html.append("</details>\n");
        }
        modules(html, report, dir);
        html.append("<footer>Written by allocbudget ").append(esc(report.pluginVersion()))
                .append(" from each module's report.json. Bytes and objects are per call; each module's report")
                .append(" has its charts and allocation sites.</footer>\n");
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder html, List<ModuleMethod> methods, boolean attention) {
        html.append("<div class=\"scroll\"><table class=\"methods\">\n<thead><tr><th>Verdict</th><th>Module</th>")
                .append("<th>Method</th><th>B/op</th><th>Budget</th><th>Baseline</th><th>obj/op</th>")
                .append("<th>Budget</th><th>Baseline</th></tr></thead>\n<tbody>\n");
        for (ModuleMethod m : methods) {
            html.append("<tr class=\"").append(attention ? "attention" : "passed").append("\"><td class=\"verdict\">")
                    .append(esc(m.verdict())).append("</td><td>").append(esc(m.module().name()))
                    .append("</td><td class=\"id\">").append(breakable(m.id())).append("</td>");
            number(html, m.number("bytesPerOp"));
            number(html, m.number("budget", "bytes"));
            number(html, m.number("baseline", "bytesPerOp"));
            number(html, m.number("objectsPerOp"));
            number(html, m.number("budget", "objects"));
            number(html, m.number("baseline", "objectsPerOp"));
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>\n");
        if (attention) { // below the table, not in it: a phone shows them whole, without scrolling sideways
            html.append("<ol class=\"messages attention\">\n");
            for (ModuleMethod m : methods) {
                html.append("<li><span class=\"muted\">").append(esc(m.module().name()))
                        .append("</span><p class=\"message\">").append(esc(m.message())).append("</p></li>\n");
            }
            html.append("</ol>\n");
        }
    }

    private static void modules(StringBuilder html, BuildReport report, Path dir) {
        html.append("<h2 class=\"group\">Modules <span class=\"count\">").append(report.modules().size())
                .append("</span></h2>\n<div class=\"scroll\"><table class=\"modules\">\n<thead><tr><th>Module</th>")
                .append("<th>Methods</th><th>Java</th><th>Written</th></tr></thead>\n<tbody>\n");
        for (ModuleReport module : report.modules()) {
            html.append("<tr><td>");
            if (module.isRead()) {
                Path page = module.source().reportFile().resolveSibling(HtmlReport.FILE_NAME);
                html.append("<a href=\"").append(esc(link(dir, page))).append("\">").append(esc(module.name()))
                        .append("</a>");
            } else {
                html.append(esc(module.name()));
            }
            html.append(" <span class=\"muted\">").append(esc(module.source().path())).append("</span></td><td>")
                    .append(module.isRead() ? String.valueOf(module.methods().size()) : "–").append("</td><td>")
                    .append(esc(module.java() == null ? "–" : module.java())).append("</td><td>")
                    .append(module.written() == null ? "–"
                            : esc(module.written().truncatedTo(ChronoUnit.SECONDS).toString())).append("</td></tr>\n");
            List<String> notes = report.notes(module);
            if (!notes.isEmpty()) {
                html.append("<tr class=\"aside\"><td colspan=\"4\">").append(esc(String.join("; ", notes)))
                        .append("</td></tr>\n");
            }
        }
        html.append("</tbody>\n</table></div>\n");
    }

    /** A link from the aggregate's page to a module's, relative (as URI path segments) so the tree can move. */
    private static String link(Path dir, Path page) {
        Path from = dir.toAbsolutePath().normalize();
        Path to = page.toAbsolutePath().normalize();
        String relative = from.getRoot() != null && from.getRoot().equals(to.getRoot())
                ? from.relativize(to).toString() : to.toUri().toString();
        return relative.replace('\\', '/');
    }

    private static void number(StringBuilder html, Double value) {
        html.append("<td class=\"num\">").append(value == null ? "–" : Figures.number(value)).append("</td>");
    }
}
