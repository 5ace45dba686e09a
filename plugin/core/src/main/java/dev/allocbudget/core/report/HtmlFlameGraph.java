package dev.allocbudget.core.report;

import static dev.allocbudget.core.report.HtmlText.esc;
import static dev.allocbudget.core.report.HtmlText.plural;

import dev.allocbudget.core.io.Figures;
import dev.allocbudget.core.io.JsonWriter;
import dev.allocbudget.core.model.BaselineComparison;
import dev.allocbudget.core.model.FoldedStacks;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.ObjectCount;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A method's allocation flame graph in {@code report.html}: the page holds its stacks as data (each frame's text once
 * per method, stacks as indexes into that table) and the controls; the script {@code flamegraph.js}, inline and
 * allowed by its hash alone, draws it, zooms, searches and toggles bytes and objects. Without the script the
 * graph says where the same stacks are as a file.
 */
final class HtmlFlameGraph {
    /** The script, a resource beside this class, inlined once per page that has a flame graph. */
    static final String SCRIPT = HtmlReport.resource("flamegraph.js");
    /** The Content-Security-Policy source that lets {@link #SCRIPT}, and nothing else, run. */
    static final String SCRIPT_SOURCE =
            "'sha256-" + Base64.getEncoder().encodeToString(CollapsedStacks.sha256(SCRIPT)) + "'";

    private HtmlFlameGraph() {}

    /** True when the method's stacks were kept: the page then needs the script. */
    static boolean shows(MethodResult r) {
        return CollapsedStacks.file(r) != null;
    }

    /** The method's flame graph, differential when there are stacks to compare with ({@link #before}). */
    static void graph(StringBuilder html, MethodResult r) {
        graph(html, r, before(r));
    }

    /**
     * The stacks this run's are compared with: the reference's, counted in its forks of this run; {@code null}
     * without a reference. A baseline file keeps each method's sites (the user's line and the allocating frame),
     * not whole stacks, so that it stays reviewable: against it the card lists the changed sites instead.
     */
    static FoldedStacks before(MethodResult r) {
        BaselineComparison c = r.baseline();
        return c == null || c.reference() == null || c.entry() == null || c.entry().sites() == null ? null
                : FoldedStacks.of(c.entry().sites());
    }

    /**
     * The graph of this run's stacks; with {@code before} (a baseline's or reference's stacks, {@code null} when
     * there are none), the differential graph: this run's widths, frames coloured by growth and shrinkage.
     */
    static void graph(StringBuilder html, MethodResult r, FoldedStacks before) {
        if (!shows(r)) {
            return;
        }
        ObjectCount objects = r.objects();
        FoldedStacks after = FoldedStacks.of(objects.stacks());
        String coverage = objects.stackCoverage().label();
        html.append("<details class=\"flame\"").append(HtmlReport.needsAttention(r) ? " open" : "")
                .append("><summary>Allocation flame graph (")
                .append(plural(after.paths().size(), "stack")).append(", ").append(coverage).append(")</summary>\n")
                .append("<div class=\"flame-graph\" data-coverage=\"").append(coverage).append("\" data-flame=\"")
                .append(esc(data(after, before))).append("\">\n")
                .append("<div class=\"flame-controls\">")
                .append("<select class=\"flame-unit\" aria-label=\"Widths\"><option value=\"bytes\">bytes per call")
                .append("</option><option value=\"objects\">objects per call</option></select>")
                .append("<input type=\"search\" class=\"flame-search\" placeholder=\"Search frames\"")
                .append(" aria-label=\"Search frames\">")
                .append("<button type=\"button\" class=\"flame-reset\">Reset zoom</button>")
                .append("<output class=\"flame-matched\"></output></div>\n")
                .append("<div class=\"flame-frames\"><p class=\"muted\">The flame graph needs JavaScript; the same")
                .append(" stacks are in ").append(esc(CollapsedStacks.file(r))).append(".</p></div>\n")
                .append("<p class=\"flame-note\">").append(esc(note(objects, after, before != null)))
                .append("</p>\n</div>\n</details>\n");
    }

    private static String note(ObjectCount objects, FoldedStacks after, boolean diff) {
        StringBuilder note = new StringBuilder(objects.stackCoverage() == ObjectCount.StackCoverage.EXACT
                ? "Exact: every allocation of the counted calls, with its stack (counted with "
                + objects.countedWith() + ")."
                : "Partial: only the allocations the counter saw (see above); the widths are a lower bound.");
        note.append(" Root at the top, the allocated type at the bottom of each stack; click a frame to zoom.");
        long truncated = after.truncated();
        if (truncated > 0) {
            note.append(' ').append(plural((int) truncated, "stack was", "stacks were"))
                    .append(" deeper than the agent records: cut, under [truncated].");
        }
        if (diff) {
            note.append(" Compared with the stacks before: red grew, blue shrank; widths are this run's.");
        }
        return note.toString();
    }

    /**
     * {@code {"diff": false, "frames": [...], "stacks": [[bytes, objects, i, j, ...], ...]}}, frame indexes root
     * first; with {@code before}, each stack carries its bytes and objects before after its own, and paths only
     * before are kept (with 0 now): drawn at this run's widths they do not show, but their bytes before count in
     * their callers' figures before, so a frame whose callee went away reads as shrunk.
     */
    static String data(FoldedStacks after, FoldedStacks before) {
        Map<String, Integer> frames = new LinkedHashMap<>();
        List<String> stacks = new ArrayList<>();
        if (before == null) {
            after.paths().forEach((path, w) -> stacks.add(stack(frames, path, w)));
        } else {
            FoldedStacks.diff(before, after).forEach((path, change) ->
                    stacks.add(stack(frames, path, change.after(), change.before())));
        }
        return "{\"diff\": " + (before != null) + ", \"frames\": " + JsonWriter.strings(List.copyOf(frames.keySet()))
                + ", \"stacks\": [" + String.join(", ", stacks) + "]}";
    }

    private static String stack(Map<String, Integer> frames, List<String> path, FoldedStacks.Weight... weights) {
        StringBuilder stack = new StringBuilder("[");
        for (FoldedStacks.Weight w : weights) {
            stack.append(Figures.number(w.bytesPerOp())).append(", ").append(Figures.number(w.objectsPerOp()))
                    .append(", ");
        }
        for (String frame : path) {
            stack.append(frames.computeIfAbsent(frame, f -> frames.size())).append(", ");
        }
        stack.setLength(stack.length() - 2);
        return stack.append(']').toString();
    }
}
