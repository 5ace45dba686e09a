package dev.allocbudget.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code report.html}: one self-contained page for humans, readable on a phone. Inline CSS only; no
 * JavaScript, fonts, images or links to fetch, and a Content-Security-Policy that forbids them, so the page shows the
 * same offline, from a CI artifact or an e-mail attachment. Methods that need attention come first; each method has
 * a bar chart of measured vs budget vs baseline, scaled within the method so that 0 vs 32 B is visible.
 */
public final class HtmlReport {
    public static final String FILE_NAME = "report.html";

    /** Sites shown per failing method; report.json has all of them. */
    private static final int MAX_SITES = 5;

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
        head(html, outcome);
        html.append("<body>\n<main>\n");
        top(html, outcome, attention.size());
        group(html, "attention", "Needs attention", attention);
        group(html, "passed", "Passed", passed);
        html.append("<footer>Written by allocbudget ").append(esc(outcome.environment().pluginVersion()))
                .append(". Bytes and objects are per call, in steady state after JIT compilation;"
                        + " report.json has every figure and every allocation site.</footer>\n");
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private static boolean needsAttention(MethodResult r) {
        return r.verdict() != Verdict.PASS;
    }

    // ---------------------------------------------------------------- page head and summary

    private static void head(StringBuilder html, CheckOutcome outcome) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"color-scheme\" content=\"light dark\">\n")
                // Belt and braces: even a bug in this class cannot make the page run a script or fetch anything.
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                        + " style-src 'unsafe-inline'\">\n")
                .append("<title>").append(esc(outcome.summaryLine())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n");
    }

    private static void top(StringBuilder html, CheckOutcome outcome, int attention) {
        int total = outcome.results().size();
        String headline = total == 0 ? "No methods were checked"
                : attention == 0 ? "All " + plural(total, "method") + " passed"
                : attention + " of " + plural(total, "method") + " need" + (attention == 1 ? "s" : "") + " attention";
        html.append("<header class=\"top\">\n<p class=\"brand\">allocbudget report</p>\n")
                .append("<h1 class=\"headline ").append(attention == 0 ? "ok" : "bad").append("\">")
                .append(esc(headline)).append("</h1>\n")
                .append("<p class=\"summary\">").append(esc(withoutPrefix(outcome.summaryLine()))).append("</p>\n");
        environment(html, outcome);
        baselineNotes(html, outcome.baseline());
        html.append("</header>\n");
    }

    private static String withoutPrefix(String summary) {
        String prefix = "allocbudget: ";
        return summary.startsWith(prefix) ? summary.substring(prefix.length()) : summary;
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

    private static void fact(StringBuilder html, String name, String value) {
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
            card(html, r);
        }
    }

    // ---------------------------------------------------------------- one method

    private static void card(StringBuilder html, MethodResult r) {
        String verdict = r.verdict().name();
        html.append("<section class=\"method ").append(verdict.toLowerCase(Locale.ROOT))
                .append(needsAttention(r) ? " attention" : "")
                .append("\" data-id=\"").append(esc(r.id())).append("\" data-verdict=\"").append(verdict).append("\">\n")
                .append("<div class=\"method-head\"><h3 class=\"id\">").append(breakable(r.id())).append("</h3>")
                .append("<span class=\"tags\"><span class=\"badge\">").append(verdict).append("</span>");
        baselineTag(html, r.baseline());
        html.append("</span></div>\n");
        if (r.message() != null) {
            html.append("<pre class=\"message\">").append(breakable(r.message())).append("</pre>\n");
        }
        if (r.verdict() != Verdict.ERROR && r.bytesPerOp() != null) {
            charts(html, r);
            sites(html, r);
        }
        details(html, r);
        html.append("</section>\n");
    }

    private static void baselineTag(StringBuilder html, BaselineComparison baseline) {
        if (baseline == null) {
            return;
        }
        switch (baseline.status()) {
            case IMPROVED -> html.append("<span class=\"tag improved\">improved</span>");
            case NEW -> html.append("<span class=\"tag new\">new</span>");
            default -> { } // SAME needs no tag; REGRESSED is the verdict's badge
        }
    }

    /** One chart's figures: what was measured, and the budget and baseline figure it is held to, if any. */
    private record Chart(String title, String unit, double measured, Long budget, Double baseline) {
        double max() {
            return Math.max(measured, Math.max(budget == null ? 0 : budget, baseline == null ? 0 : baseline));
        }
    }

    private static void charts(StringBuilder html, MethodResult r) {
        BaselineEntry entry = r.baseline() == null ? null : r.baseline().entry();
        html.append("<div class=\"charts\">\n");
        chart(html, new Chart("Bytes per call", "B", r.bytesPerOp(), r.budget().bytes(),
                entry == null ? null : entry.bytesPerOp()), r.baseline());
        if (r.objectsPerOp() != null) {
            chart(html, new Chart("Objects per call", "obj", r.objectsPerOp(), r.budget().objects(),
                    entry == null ? null : entry.objectsPerOp()), r.baseline());
        }
        html.append("</div>\n");
    }

    /**
     * A bar each for measured, budget and baseline, scaled to the biggest of them, so that each method reads on its
     * own (a 0 B method next to a 584 B one would otherwise show nothing). A zero figure is a hairline. The measured
     * bar is red when this figure is the one over its budget or its baseline.
     */
    private static void chart(StringBuilder html, Chart f, BaselineComparison comparison) {
        BaselineComparison.Status status = comparison == null ? null : comparison.status();
        boolean over = (f.budget() != null && f.measured() > f.budget())
                || (status == BaselineComparison.Status.REGRESSED && f.baseline() != null
                        && f.measured() > f.baseline());
        html.append("<figure class=\"chart\">\n<figcaption><span class=\"chart-title\">").append(f.title())
                .append("</span>");
        if (f.baseline() != null) {
            String trend = status == BaselineComparison.Status.REGRESSED ? "worse"
                    : status == BaselineComparison.Status.IMPROVED ? "better" : "same";
            html.append("<span class=\"delta ").append(trend).append("\">")
                    .append(esc(Limits.delta(f.measured(), f.baseline(), " " + f.unit()))).append(" vs baseline</span>");
        }
        html.append("</figcaption>\n<div class=\"bars\">\n");
        bar(html, "measured", "measured" + (over ? " over" : ""), f.measured(), f.max(), f.unit());
        if (f.budget() != null) {
            bar(html, "budget", "budget", f.budget(), f.max(), f.unit());
        }
        if (f.baseline() != null) {
            bar(html, "baseline", "baseline", f.baseline(), f.max(), f.unit());
        }
        html.append("</div>\n</figure>\n");
    }

    private static void bar(StringBuilder html, String label, String kind, double value, double max, String unit) {
        String width = value <= 0 || max <= 0 ? "0"
                : Figures.number(Math.max(0.5, Math.round(value / max * 1000) / 10.0)); // never thinner than a hair
        html.append("<span class=\"bar-label\">").append(label).append("</span>")
                .append("<span class=\"track\"><span class=\"bar ").append(kind).append(value <= 0 ? " zero" : "")
                .append("\" style=\"width:").append(width).append("%\"></span></span>")
                .append("<span class=\"bar-value ").append(kind).append("\">").append(Figures.number(value))
                .append(' ').append(unit).append("</span>\n");
    }

    /** The top allocation sites: open on a method that needs attention, one click away on one that passed. */
    private static void sites(StringBuilder html, MethodResult r) {
        ObjectCount objects = r.objects();
        if (objects == null) {
            return;
        }
        if (objects.perOp() == null) {
            html.append("<p class=\"muted\">Objects not counted: ").append(esc(objects.unavailable())).append("</p>\n");
            return;
        }
        List<AllocationSite> sites = objects.sites();
        if (sites.isEmpty()) {
            return;
        }
        List<AllocationSite> shown = sites.subList(0, Math.min(MAX_SITES, sites.size()));
        html.append("<details class=\"sites\"").append(needsAttention(r) ? " open" : "").append("><summary>")
                .append("Allocation sites per call")
                .append(sites.size() > shown.size() ? " (top " + shown.size() + " of " + sites.size() + ")" : "")
                .append("</summary>\n<ol>\n");
        for (AllocationSite site : shown) {
            site(html, site);
        }
        html.append("</ol>\n");
        if (sites.size() > shown.size()) {
            html.append("<p class=\"muted\">and ").append(sites.size() - shown.size())
                    .append(" more in report.json</p>\n");
        }
        html.append("</details>\n");
    }

    private static void site(StringBuilder html, AllocationSite site) {
        html.append("<li><div class=\"site-head\"><span class=\"site-type\">").append(breakable(site.type()))
                .append("</span><span class=\"site-figures\">").append(Figures.number(site.objectsPerOp()))
                .append(" obj · ").append(Figures.number(site.bytesPerOp())).append(" B</span></div>");
        List<String> frames = site.frames();
        int user = site.firstUserFrame();
        if (frames.isEmpty()) {
            html.append("<div class=\"frame\">at an unknown place</div>");
        } else {
            // As on the console: the first frame in the user's code, and the JDK frame that allocated, if another.
            html.append("<div class=\"frame\">at ").append(breakable(frames.get(Math.max(user, 0)))).append("</div>");
            if (user > 0) {
                html.append("<div class=\"frame jdk\">in ").append(breakable(frames.get(0))).append("</div>");
            }
        }
        html.append("</li>\n");
    }

    private static void details(StringBuilder html, MethodResult r) {
        List<String> facts = new ArrayList<>();
        if (r.jmh() != null) {
            facts.add("JMH " + r.jmh().timeText() + " (" + r.jmh().mode() + "), gc.alloc.rate.norm "
                    + (r.jmh().allocNorm() == null ? "n/a" : Figures.number(r.jmh().allocNorm()) + " B/op"));
        }
        facts.add("took " + Figures.seconds(r.elapsed()) + " s");
        if (r.objects() != null && r.objects().perOp() != null && r.objects().countedWith() != null) {
            facts.add("objects counted with " + r.objects().countedWith());
        }
        BaselineEntry entry = r.baseline() == null ? null : r.baseline().entry();
        if (entry != null && entry.reason() != null && !entry.reason().isBlank()) {
            facts.add("baseline reason: \u201c" + entry.reason() + "\u201d");
        }
        html.append("<p class=\"facts\">").append(esc(String.join(" · ", facts))).append("</p>\n");
    }

    // ---------------------------------------------------------------- text

    /**
     * Escaped, with line-break opportunities after each dot and before {@code #}, {@code $} and {@code (}, so that a
     * long id or frame wraps between names on a phone instead of in the middle of one. Not after the dot in the
     * brackets of a frame: {@code (Params.java:12)} stays whole.
     */
    static String breakable(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        boolean inBrackets = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            inBrackets = c == '(' || (inBrackets && c != ')');
            if (c == '#' || c == '$' || c == '(') {
                out.append("<wbr>");
            }
            escape(out, c); // char by char: an entity such as &#39; must not get a <wbr>
            if (c == '.' && !inBrackets) {
                out.append("<wbr>");
            }
        }
        return out.toString();
    }

    private static String plural(int n, String one) {
        return plural(n, one, one + "s");
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            escape(out, s.charAt(i));
        }
        return out.toString();
    }

    private static void escape(StringBuilder out, char c) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> out.append(c);
        }
    }

    // ---------------------------------------------------------------- style

    /*
     * Mobile first. Colours are plain hex (no color-mix, no oklch) so that computed styles read back as rgb() in the
     * browser test. Nothing is wider than the viewport: ids, messages and frames wrap anywhere.
     */
    private static final String CSS = """
            :root {
              --bg: #f4f6f8; --card: #ffffff; --text: #1b2129; --muted: #5f6b78; --line: #dde2e8; --track: #edf0f3;
              --measured: #3267d6; --budget: #8c96a3; --baseline: #b3bcc7;
              --bad: #d0281c; --bad-soft: #fdecea; --good: #17804d; --good-soft: #e4f4ea; --good-line: #a9d9bc; --new: #3267d6; --new-soft: #e7eefc;
              --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
            }
            @media (prefers-color-scheme: dark) {
              :root {
                --bg: #0f1317; --card: #171c22; --text: #e4e8ec; --muted: #98a3af; --line: #2a323b; --track: #232a32;
                --measured: #5b8def; --budget: #76818e; --baseline: #4f5a66;
                --bad: #f0483d; --bad-soft: #3a1714; --good: #43b97d; --good-soft: #12301f; --good-line: #24583b; --new: #7ea6f5; --new-soft: #172440;
              }
            }
            * { box-sizing: border-box; }
            html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
            body { margin: 0; background: var(--bg); color: var(--text);
              font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            main { max-width: 860px; margin: 0 auto; padding: 16px 12px 32px; }
            .top { margin-bottom: 8px; }
            .brand { margin: 0; color: var(--muted); font-size: 13px; font-weight: 600; letter-spacing: .06em; text-transform: uppercase; }
            .headline { margin: 2px 0 4px; font-size: 24px; line-height: 1.2; }
            .headline.bad { color: var(--bad); }
            .headline.ok { color: var(--good); }
            .summary { margin: 0 0 12px; color: var(--muted); }
            .env { display: grid; grid-template-columns: repeat(auto-fill, minmax(130px, 1fr)); gap: 8px 20px; margin: 0 0 12px; padding: 10px 12px;
              background: var(--card); border: 1px solid var(--line); border-radius: 10px; font-size: 13px; }
            .env div { min-width: 0; }
            .env div:last-child { grid-column: 1 / -1; } /* the baseline file's name needs the width */
            .env dt { color: var(--muted); font-size: 11px; font-weight: 600; letter-spacing: .05em; text-transform: uppercase; }
            .env dd { margin: 0; overflow-wrap: anywhere; }
            .note { margin: 0 0 12px; padding: 8px 12px; border-radius: 8px; background: var(--new-soft); font-size: 14px; }
            .stale { margin: 0 0 12px; font-size: 14px; }
            .stale summary { cursor: pointer; color: var(--muted); }
            .stale ul { margin: 6px 0 0; padding-left: 20px; }
            .group { display: flex; align-items: center; gap: 8px; margin: 24px 0 10px; font-size: 17px; }
            .count { padding: 0 8px; border-radius: 999px; background: var(--line); font-size: 13px; line-height: 20px; }
            .group.attention .count { background: var(--bad); color: #fff; }
            .method { margin: 0 0 12px; padding: 14px; background: var(--card); border: 1px solid var(--line);
              border-left: 4px solid var(--good-line); border-radius: 10px; min-width: 0; }
            .method.attention { border-color: var(--bad); border-left-color: var(--bad); }
            .method-head { display: flex; align-items: flex-start; justify-content: space-between; gap: 10px; }
            .id { margin: 0; min-width: 0; font: 600 14px/1.35 var(--mono); overflow-wrap: anywhere; }
            .tags { display: flex; flex-direction: column; align-items: flex-end; gap: 4px; flex-shrink: 0; }
            .badge, .tag { padding: 2px 8px; border-radius: 999px; font-size: 11px; font-weight: 700; letter-spacing: .04em;
              line-height: 16px; white-space: nowrap; }
            .badge { background: var(--good-soft); color: var(--good); }
            .attention .badge { background: var(--bad); color: #fff; }
            .tag { text-transform: uppercase; }
            .tag.improved { background: var(--good-soft); color: var(--good); }
            .tag.new { background: var(--new-soft); color: var(--new); }
            .message { margin: 10px 0 0; padding: 8px 10px; border-radius: 6px; background: var(--track);
              font: 13px/1.4 var(--mono); white-space: pre-wrap; overflow-wrap: anywhere; tab-size: 2; }
            .attention .message { background: var(--bad-soft); }
            .charts { display: grid; gap: 12px; margin-top: 12px; }
            .chart { margin: 0; min-width: 0; }
            figcaption { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 2px 12px; margin-bottom: 4px; font-size: 13px; }
            .chart-title { font-weight: 600; }
            .delta { color: var(--muted); font-variant-numeric: tabular-nums; }
            .delta.worse { color: var(--bad); font-weight: 600; }
            .delta.better { color: var(--good); font-weight: 600; }
            .bars { display: grid; grid-template-columns: auto minmax(0, 1fr) auto; align-items: center; gap: 5px 10px; font-size: 13px; }
            .bar-label { color: var(--muted); line-height: 14px; }
            .track { position: relative; height: 14px; border-radius: 4px; background: var(--track); overflow: hidden; }
            .bar { display: block; height: 100%; border-radius: 4px; }
            .bar.measured { background: var(--measured); }
            .bar.measured.over { background: var(--bad); }
            .bar.budget { background: repeating-linear-gradient(135deg, var(--budget) 0 4px, transparent 4px 7px);
              box-shadow: inset 0 0 0 1.5px var(--budget); }
            .bar.baseline { background: var(--baseline); }
            .bar.zero { width: 2px !important; border-radius: 0; opacity: .9; }
            .bar.zero.measured { background: var(--measured); }
            .bar-value { line-height: 14px; min-width: 4.5em; text-align: right; font: 13px var(--mono); font-variant-numeric: tabular-nums; white-space: nowrap; }
            .bar-value.measured { font-weight: 700; }
            .bar-value.over { color: var(--bad); }
            .sites { margin-top: 12px; font-size: 13px; }
            .sites summary { cursor: pointer; font-weight: 600; }
            .sites ol { margin: 6px 0 0; padding: 0; list-style: none; }
            .sites li { padding: 6px 0; border-top: 1px solid var(--line); }
            .site-head { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0 12px; }
            .site-type { font: 600 13px var(--mono); overflow-wrap: anywhere; min-width: 0; }
            .site-figures { font: 13px var(--mono); white-space: nowrap; }
            .frame { font: 12px var(--mono); color: var(--text); overflow-wrap: anywhere; }
            .frame.jdk { color: var(--muted); }
            .muted { color: var(--muted); font-size: 13px; margin: 8px 0 0; }
            .facts { margin: 10px 0 0; color: var(--muted); font-size: 12px; overflow-wrap: anywhere; }
            footer { margin-top: 24px; color: var(--muted); font-size: 12px; }
            @media (min-width: 720px) {
              main { padding: 28px 24px 48px; }
              .headline { font-size: 28px; }
              .method { padding: 16px 18px; }
              .tags { flex-direction: row; }
              .env { display: flex; flex-wrap: wrap; gap: 6px 28px; }
              .charts { grid-template-columns: 1fr 1fr; gap: 24px; } /* a lone bytes chart keeps the same scale */
            }
            """;
}
