package dev.allocbudget.core.report;

import static dev.allocbudget.core.report.HtmlText.breakable;
import static dev.allocbudget.core.report.HtmlText.esc;

import dev.allocbudget.core.io.Figures;
import dev.allocbudget.core.model.AllocationSite;
import dev.allocbudget.core.model.BaselineComparison;
import dev.allocbudget.core.model.BaselineEntry;
import dev.allocbudget.core.model.CompileOrder;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.ObjectCount;
import dev.allocbudget.core.model.SiteChange;
import dev.allocbudget.core.model.Quantity;
import dev.allocbudget.core.model.TimeComparison;
import dev.allocbudget.core.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One method's card in {@code report.html}: verdict, message, a bar chart per figure, sites and facts. */
final class HtmlMethodCard {
    /** Sites shown per failing method; report.json has all of them. */
    private static final int MAX_SITES = 5;

    private HtmlMethodCard() {}

    static void card(StringBuilder html, MethodResult r) {
        String verdict = r.verdict().name();
        html.append("<section class=\"method ").append(verdict.toLowerCase(Locale.ROOT))
                .append(HtmlReport.needsAttention(r) ? " attention" : "")
                .append("\" data-id=\"").append(esc(r.id().toString())).append("\" data-verdict=\"").append(verdict).append("\">\n")
                .append("<div class=\"method-head\"><h3 class=\"id\">").append(breakable(r.id().toString()))
                .append("</h3>")
                .append("<span class=\"tags\"><span class=\"badge\">").append(verdict).append("</span>");
        baselineTag(html, r.baseline());
        html.append("</span></div>\n");
        String message = ResultText.withId(r);
        if (message != null) {
            html.append("<pre class=\"message\">").append(breakable(message)).append("</pre>\n");
        }
        if (r.verdict() != Verdict.ERROR && r.bytesPerOp() != null) {
            charts(html, r);
            siteChanges(html, r);
            sites(html, r);
            HtmlFlameGraph.graph(html, r);
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
        TimeComparison time = r.jmh() == null ? null : r.jmh().reference();
        if (time != null && time.notCompared() == null) {
            boolean regressed = r instanceof MethodResult.Measured m
                    && m.breaches().stream().anyMatch(b -> b.quantity() == Quantity.TIME);
            timeChart(html, time, r.jmh().unit(), regressed);
        }
        html.append("</div>\n");
    }

    /** This build's time beside the reference's, both the median of their forks in this run, and the ratio. */
    private static void timeChart(StringBuilder html, TimeComparison t, String unit, boolean regressed) {
        html.append("<figure class=\"chart\">\n<figcaption><span class=\"chart-title\">Time per call (median of "
                + t.pairs() + " forks each)</span><span class=\"delta " + (regressed ? "worse" : "same") + "\">")
                .append(esc(Figures.ratio(t.ratio()) + "x the reference (95% CI " + Figures.ratio(t.low()) + "-"
                        + Figures.ratio(t.high()) + "x)")).append("</span></figcaption>\n<div class=\"bars\">\n");
        double max = Math.max(t.currentMedian(), t.referenceMedian());
        bar(html, "this build", "measured" + (regressed ? " over" : ""), t.currentMedian(), max, unit);
        bar(html, "reference", "baseline", t.referenceMedian(), max, unit);
        html.append("</div>\n</figure>\n");
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
        String recorded = comparison == null || comparison.reference() == null ? "baseline" : "reference";
        if (f.baseline() != null) {
            String trend = status == BaselineComparison.Status.REGRESSED ? "worse"
                    : status == BaselineComparison.Status.IMPROVED ? "better" : "same";
            html.append("<span class=\"delta ").append(trend).append("\">")
                    .append(esc(Figures.delta(f.measured(), f.baseline(), " " + f.unit()))).append(" vs ")
                    .append(recorded).append("</span>");
        }
        html.append("</figcaption>\n<div class=\"bars\">\n");
        bar(html, "measured", "measured" + (over ? " over" : ""), f.measured(), f.max(), f.unit());
        if (f.budget() != null) {
            bar(html, "budget", "budget", f.budget(), f.max(), f.unit());
        }
        if (f.baseline() != null) {
            bar(html, recorded, "baseline", f.baseline(), f.max(), f.unit());
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

    /**
     * What changed in the sites of a method that regressed or improved, open: new and grown sites marked as worse,
     * shrunk and gone ones as better. The same lines as on the console ({@link ConsoleText#siteChangeLines}).
     */
    private static void siteChanges(StringBuilder html, MethodResult r) {
        List<String> lines = ConsoleText.siteChangeLines(r, Integer.MAX_VALUE);
        if (lines.isEmpty()) {
            return;
        }
        List<SiteChange> changes = r.siteChanges();
        if (changes == null || changes.isEmpty()) {
            html.append("<p class=\"muted\">").append(esc(lines.get(0))).append("</p>\n");
            return;
        }
        String headline = lines.get(0);
        html.append("<details class=\"site-changes\" open><summary>")
                .append(esc(Character.toUpperCase(headline.charAt(0)) + headline.substring(1, headline.length() - 1)))
                .append(" (").append(changes.size()).append(")</summary>\n<ul>\n");
        for (SiteChange change : changes) {
            html.append("<li class=\"").append(change.kind().word()).append("\">")
                    .append(breakable(ConsoleText.siteChange(change))).append("</li>\n");
        }
        html.append("</ul>\n</details>\n");
    }

    /** The top allocation sites: open on a method that needs attention, one click away on one that passed. */
    private static void sites(StringBuilder html, MethodResult r) {
        ObjectCount objects = r.objects();
        if (objects == null) {
            return;
        }
        if (objects.perOp() == null) {
            html.append("<p class=\"muted\">Objects not counted: ").append(esc(ProblemText.of(objects.uncounted())))
                    .append("</p>\n");
            if (!objects.isPartial()) {
                return;
            }
        }
        List<AllocationSite> sites = objects.sites();
        if (sites.isEmpty()) {
            return;
        }
        // the biggest first, as the console shows them; every other site behind one more expander, so that the
        // page holds all that report.json holds
        int top = Math.min(MAX_SITES, sites.size());
        html.append("<details class=\"sites\"").append(HtmlReport.needsAttention(r) ? " open" : "").append("><summary>")
                .append(objects.isPartial() ? "Allocation sites seen per call, " + objects.partialLabel() + " ("
                        : "Allocation sites per call (")
                .append(sites.size()).append(")</summary>\n<ol>\n");
        for (AllocationSite site : sites.subList(0, top)) {
            site(html, site);
        }
        html.append("</ol>\n");
        if (sites.size() > top) {
            html.append("<details class=\"more-sites\"><summary>").append(sites.size() - top)
                    .append(" more sites</summary>\n<ol start=\"").append(top + 1).append("\">\n");
            for (AllocationSite site : sites.subList(top, sites.size())) {
                site(html, site);
            }
            html.append("</ol>\n</details>\n");
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
        if (site.onOtherThread()) {
            html.append("<div class=\"frame\">on thread ").append(esc(site.thread())).append("</div>");
        }
        html.append("</li>\n");
    }

    private static void details(StringBuilder html, MethodResult r) {
        List<String> facts = new ArrayList<>();
        if (r.jmh() != null) {
            facts.add("JMH " + FigureText.time(r.jmh()) + " (" + r.jmh().mode() + "), gc.alloc.rate.norm "
                    + (r.jmh().allocNorm() == null ? "n/a" : Figures.number(r.jmh().allocNorm()) + " B/op"));
        }
        String threads = FigureText.callingThreads(r.detail());
        if (threads != null) {
            facts.add(threads);
        } else if (r.budget().threads() > 1) {
            facts.add(r.budget().threads() + " threads calling at once");
        }
        if (r instanceof MethodResult.Measured m && m.other() != null) {
            String orders = FigureText.compileOrders(m);
            facts.add(orders != null ? orders : "the same in both compile orders (" + CompileOrder.CALLEES_FIRST.text()
                    + ", " + CompileOrder.METHOD_FIRST.text() + ")");
        }
        String reuse = ResultText.reuse(r);
        facts.add(reuse == null ? "took " + Figures.seconds(r.elapsed()) + " s"
                : reuse.equals("unchanged") ? "figures reused from an earlier build: nothing they depend on changed"
                : "took " + Figures.seconds(r.elapsed()) + " s, " + reuse);
        if (r.objects() != null && r.objects().perOp() != null && r.objects().countedWith() != null) {
            facts.add("objects counted with " + r.objects().countedWith());
        }
        BaselineEntry entry = r.baseline() == null ? null : r.baseline().entry();
        if (entry != null && entry.reason() != null && !entry.reason().isBlank()) {
            facts.add("baseline reason: \u201c" + entry.reason() + "\u201d");
        }
        html.append("<p class=\"facts\">").append(esc(String.join(" · ", facts))).append("</p>\n");
    }
}
