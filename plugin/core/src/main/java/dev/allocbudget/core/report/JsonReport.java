package dev.allocbudget.core.report;

import static dev.allocbudget.core.io.JsonWriter.environment;
import static dev.allocbudget.core.io.JsonWriter.number;
import static dev.allocbudget.core.io.JsonWriter.string;
import static dev.allocbudget.core.io.JsonWriter.strings;

import dev.allocbudget.core.io.Figures;
import dev.allocbudget.core.io.JsonWriter;
import dev.allocbudget.core.model.AllocationSite;
import dev.allocbudget.core.model.CompileOrder;
import dev.allocbudget.core.model.BaselineComparison;
import dev.allocbudget.core.model.BaselineEntry;
import dev.allocbudget.core.model.BaselineUse;
import dev.allocbudget.core.model.CheckOutcome;
import dev.allocbudget.core.model.AllocDisagreement;
import dev.allocbudget.core.model.Environment;
import dev.allocbudget.core.model.FigureDetail;
import dev.allocbudget.core.model.FoldedStacks;
import dev.allocbudget.core.model.JmhResult;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.SiteChange;
import dev.allocbudget.core.model.ObjectCount;
import dev.allocbudget.core.model.PropertyNames;
import dev.allocbudget.core.model.TimeComparison;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes {@code report.json}: format version, environment, and one entry per method sorted by id. Unknown figures
 * are {@code null}, never 0. Bump {@link #FORMAT_VERSION} only when an existing field changes meaning or goes away.
 */
public final class JsonReport {
    public static final int FORMAT_VERSION = 1;
    public static final String FILE_NAME = "report.json";

    private JsonReport() {}

    static String render(CheckOutcome outcome) {
        Environment env = outcome.environment();
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"formatVersion\": ").append(FORMAT_VERSION).append(",\n");
        json.append("  \"environment\": ").append(environment(env)).append(",\n");
        BaselineUse baseline = outcome.baseline();
        json.append("  \"baseline\": ");
        if (baseline == null) {
            json.append("null,\n");
        } else {
            json.append("{\"file\": ").append(string(baseline.file().toString()))
                    .append(", \"java\": ").append(string(baseline.java()))
                    .append(", \"javaInFile\": ").append(strings(baseline.javaInFile()))
                    .append(", \"staleEntries\": ").append(strings(baseline.stale())).append("},\n");
        }
        json.append("  \"methods\": [");
        String separator = "\n";
        for (MethodResult r : outcome.results()) {
            ObjectCount objects = r.objects();
            json.append(separator).append("    {\"id\": ").append(string(r.id().toString()))
                    .append(", \"bytesPerOp\": ").append(number(r.bytesPerOp()))
                    .append(detail(r))
                    .append(", \"objectsPerOp\": ").append(number(r.objectsPerOp()));
            if (r.objectsPerOp() == null) {
                json.append(", \"objectsUnavailable\": ").append(string(uncounted(r)));
            } else {
                json.append(", \"objectsCountedWith\": ").append(string(objects.countedWith()));
            }
            json.append(", \"budget\": {\"bytes\": ").append(r.budget().bytes())
                    .append(", \"objects\": ").append(r.budget().objects())
                    .append(", \"java\": ").append(string(r.budget().java()))
                    .append(", \"threads\": ").append(r.budget().threads())
                    .append("}, \"baseline\": ").append(baseline(r))
                    .append(", \"compileOrders\": ").append(compileOrders(r))
                    .append(", \"jmh\": ").append(jmh(r.jmh(), AllocDisagreement.of(r), env.javaVersion()))
                    .append(", \"verdict\": ").append(string(r.verdict().name()))
                    .append(", \"reused\": ").append(r instanceof MethodResult.Measured m && m.reuse().reused())
                    .append(", \"measuredAgainBecause\": ").append(string(r instanceof MethodResult.Measured m
                            && m.reuse().measuredAgain() != null ? ResultText.change(m.reuse().measuredAgain()) : null))
                    .append(", \"message\": ").append(string(ResultText.withId(r)))
                    .append(", \"sitesPartial\": ").append(objects != null
                            && objects.uncounted() instanceof ObjectCount.Uncounted.Partial)
                    .append(", \"sitesOfOtherCalls\": ").append(objects != null
                            && objects.uncounted() instanceof ObjectCount.Uncounted.OtherCalls)
                    .append(", \"sites\": [");
            String siteSeparator = "";
            List<AllocationSite> sites = objects == null ? List.of() : objects.sites();
            for (AllocationSite site : sites) {
                json.append(siteSeparator).append("\n      {\"type\": ").append(string(site.type()))
                        .append(", \"thread\": ").append(string(site.thread()))
                        .append(", \"objectsPerOp\": ").append(Figures.number(site.objectsPerOp()))
                        .append(", \"bytesPerOp\": ").append(Figures.number(site.bytesPerOp()))
                        .append(", \"frames\": [")
                        .append(site.frames().stream().map(JsonWriter::string).collect(Collectors.joining(", ")))
                        .append("]}");
                siteSeparator = ",";
            }
            json.append(sites.isEmpty() ? "]" : "\n    ]").append(flame(r)).append('}');
            separator = ",\n";
        }
        json.append(outcome.results().isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return json.toString();
    }

    /**
     * {@code [{"order": "calleesFirst", "bytesPerOp": 296, "decided": true, "problem": null}, {"order":
     * "methodFirst", "bytesPerOp": 96, "decided": false, "problem": null}]}: the figure in each compile order the
     * method was measured in, and which decided; {@code []} when it was not measured. One entry when only the forks'
     * own order was asked for; {@code bytesPerOp} null, with the problem, for an order it could not be measured in.
     */
    private static String compileOrders(MethodResult r) {
        if (!(r instanceof MethodResult.Measured m)) {
            return "[]";
        }
        String decided = "{\"order\": " + string(m.order().jsonName()) + ", \"bytesPerOp\": "
                + Figures.number(m.figure().bytesPerOp()) + ", \"decided\": true, \"problem\": null}";
        if (m.other() == null) {
            return "[" + decided + "]";
        }
        String other = "{\"order\": " + string(m.other().order().jsonName()) + ", \"bytesPerOp\": "
                + number(m.other().bytesPerOp()) + ", \"decided\": false, \"problem\": "
                + string(m.other().problem() == null ? null : ProblemText.of(m.other().problem())) + "}";
        // always in the same order, callees first, whichever decided
        return m.order() == CompileOrder.CALLEES_FIRST ? "[" + decided + ", " + other + "]"
                : "[" + other + ", " + decided + "]";
    }

    /**
     * {@code , "flame": {"file": "flame/....exact.collapsed", "stacks": "exact", "count": 12, "truncated": 0}}: where
     * the method's allocation stacks are (whole, in the collapsed format: report.json would grow by their frames,
     * 200 stacks of up to 64 frames, per method) and how far they are to be trusted. Nothing for a method whose
     * stacks were not kept.
     */
    private static String flame(MethodResult r) {
        String file = CollapsedStacks.file(r);
        if (file == null) {
            return "";
        }
        FoldedStacks stacks = FoldedStacks.of(r.objects().stacks());
        return ", \"flame\": {\"file\": " + string(file) + ", \"stacks\": "
                + string(r.objects().stackCoverage().label()) + ", \"count\": " + stacks.paths().size()
                + ", \"truncated\": " + stacks.truncated() + "}";
    }

    /**
     * {@code , "callerBytesPerOp": 8, "otherThreadsBytesPerOp": 256, "amortized": true, "period": {"calls": 5000,
     * "bytes": 16400}}}: the figure's make-up ({@code null}s when it was not measured; {@code period} null when the
     * figure is no mean with a period).
     */
    private static String detail(MethodResult r) {
        FigureDetail d = r.detail();
        if (d == null) {
            return ", \"callerBytesPerOp\": null, \"otherThreadsBytesPerOp\": null, \"amortized\": null, \"period\": null"
                    + ", \"lingeringThreads\": null, \"callingThreads\": []";
        }
        return ", \"callerBytesPerOp\": " + Figures.number(d.callerBytesPerOp())
                + ", \"otherThreadsBytesPerOp\": " + Figures.number(d.otherThreadsBytesPerOp(r.bytesPerOp()))
                + ", \"amortized\": " + d.amortized()
                + ", \"period\": " + (d.period() == 0 ? "null"
                        : "{\"calls\": " + d.period() + ", \"bytes\": " + d.periodBytes() + "}")
                + ", \"lingeringThreads\": " + string(FigureText.lingering(d))
                + ", \"callingThreads\": [" + d.callingThreads().stream()
                        .map(t -> "{\"callShare\": " + Figures.number(t.callShare()) + ", \"bytesPerOp\": "
                                + Figures.number(t.bytesPerOp()) + "}")
                        .collect(Collectors.joining(", ")) + "]";
    }

    /**
     * {@code {"status": "REGRESSED", "bytesPerOp": 32, "objectsPerOp": 1, "reason": null}}, or {@code null}. Compared
     * with a reference instead of a baseline file, it also has {@code "reference": "1.4.0"}, whose figures these are,
     * and {@code "notCompared"}: why a NEW method has none (else null).
     */
    private static String baseline(MethodResult r) {
        BaselineComparison c = r.baseline();
        if (c == null) {
            return "null";
        }
        BaselineEntry e = c.entry();
        return "{\"status\": " + string(c.status().name())
                + ", \"bytesPerOp\": " + (e == null ? "null" : Figures.number(e.bytesPerOp()))
                + ", \"objectsPerOp\": " + (e == null ? "null" : number(e.objectsPerOp()))
                + ", \"reason\": " + (e == null ? "null" : string(e.reason()))
                + (e == null || e.time() == null ? "" : ", \"time\": " + time(e.time()))
                + (c.reference() == null ? "" : ", \"reference\": " + string(c.reference())
                        + ", \"notCompared\": " + string(c.notCompared() == null ? null
                                : ProblemText.of(c.notCompared())))
                + ", \"siteChanges\": " + siteChanges(r.siteChanges()) + "}";
    }

    /**
     * {@code [{"change": "NEW", "type": "java.lang.Integer", "thread": "main", "at": "...", "in": "...",
     * "bytesPerOp": {"before": 0, "after": 16}, "objectsPerOp": {"before": 0, "after": 1}, "text": "+16 B/op, ..."}]}:
     * {@code null} unless the method regressed or improved and both sides' sites were counted.
     */
    private static String siteChanges(List<SiteChange> changes) {
        if (changes == null) {
            return "null";
        }
        StringBuilder json = new StringBuilder("[");
        String separator = "";
        for (SiteChange change : changes) {
            AllocationSite site = change.site();
            json.append(separator).append("{\"change\": ").append(string(change.kind().name()))
                    .append(", \"type\": ").append(string(site.type()))
                    .append(", \"thread\": ").append(string(site.thread()))
                    .append(", \"at\": ").append(string(site.userLine()))
                    .append(", \"in\": ").append(string(site.allocatingFrame()))
                    .append(", \"bytesPerOp\": {\"before\": ").append(Figures.number(change.before() == null ? 0
                            : change.before().bytesPerOp()))
                    .append(", \"after\": ").append(Figures.number(change.after() == null ? 0
                            : change.after().bytesPerOp()))
                    .append("}, \"objectsPerOp\": {\"before\": ").append(Figures.number(change.before() == null ? 0
                            : change.before().objectsPerOp()))
                    .append(", \"after\": ").append(Figures.number(change.after() == null ? 0
                            : change.after().objectsPerOp()))
                    .append("}, \"text\": ").append(string(ConsoleText.siteChange(change))).append('}');
            separator = ", ";
        }
        return json.append(']').toString();
    }

    /** A recorded JMH time: present in a method's baseline only when the baseline was recorded with JMH. */
    private static String time(BaselineEntry.Time t) {
        return "{\"score\": " + number(t.score()) + ", \"error\": " + number(t.error()) + ", \"unit\": "
                + string(t.unit()) + ", \"mode\": " + string(t.mode()) + "}";
    }

    /**
     * {@code {"score": 12.3, "error": 0.4, "unit": "ns/op", "mode": "avgt", "allocNorm": 16, "reference": null,
     * "allocDisagreement": null}}, or {@code null}; with the time gate, {@code score} is the median of this build's
     * forks and {@code reference} its comparison with the reference.
     */
    private static String jmh(JmhResult j, AllocDisagreement disagreement, String java) {
        if (j == null) {
            return "null";
        }
        return "{\"score\": " + number(j.score()) + ", \"error\": " + number(j.error()) + ", \"unit\": "
                + string(j.unit()) + ", \"mode\": " + string(j.mode()) + ", \"allocNorm\": " + number(j.allocNorm())
                + ", \"reference\": " + reference(j.reference()) + ", \"allocDisagreement\": "
                + disagreement(disagreement, java) + "}";
    }

    /**
     * {@code {"checkBytesPerOp": 296, "checkOtherOrderBytesPerOp": null, "jmhBytesPerOp": 96.001, "tolerance":
     * "0.1 B/op", "javaVersion": "25.0.3"}} when JMH's figure and the check's are further apart than the tolerance
     * (in either compile order, for a method with two compilations), else {@code null}.
     */
    private static String disagreement(AllocDisagreement d, String java) {
        if (d == null) {
            return "null";
        }
        return "{\"checkBytesPerOp\": " + number(d.checkBytesPerOp()) + ", \"checkOtherOrderBytesPerOp\": "
                + number(d.otherBytesPerOp()) + ", \"jmhBytesPerOp\": "
                + number(d.jmhBytesPerOp()) + ", \"tolerance\": " + string(d.tolerance().text())
                + ", \"javaVersion\": " + string(java) + "}";
    }

    /**
     * {@code {"name": "1.4.0", "ratio": 1.31, "ciLow": 1.22, "ciHigh": 1.4, "pairs": 10, "referenceMedian": 100.2,
     * "currentMedian": 131.3, "confirmed": true, "notCompared": null}}, or {@code null}.
     */
    private static String reference(TimeComparison c) {
        if (c == null) {
            return "null";
        }
        return "{\"name\": " + string(c.reference()) + ", \"ratio\": " + number(c.ratio()) + ", \"ciLow\": "
                + number(c.low()) + ", \"ciHigh\": " + number(c.high()) + ", \"pairs\": " + c.pairs()
                + ", \"referenceMedian\": " + number(c.referenceMedian()) + ", \"currentMedian\": "
                + number(c.currentMedian()) + ", \"confirmed\": " + c.confirmed() + ", \"notCompared\": "
                + string(c.notCompared()) + "}";
    }

    /** Why the method's objects were not counted. */
    private static String uncounted(MethodResult r) {
        if (r.objects() != null) {
            return ProblemText.of(r.objects().uncounted());
        }
        return r.bytesPerOp() == null ? "the method was not measured"
                : "not counted: the method has no objects budget and kept its budgets"
                        + " (-D" + PropertyNames.SITES + "=true counts every method)";
    }
}
