package dev.allocbudget.core.report;

import dev.allocbudget.core.baseline.BaselineChange;
import dev.allocbudget.core.io.Figures;
import dev.allocbudget.core.model.AllocDisagreement;
import dev.allocbudget.core.model.AllocationSite;
import dev.allocbudget.core.model.BaselineEntry;
import dev.allocbudget.core.model.BaselineComparison;
import dev.allocbudget.core.model.CheckOutcome;
import dev.allocbudget.core.model.JmhFailure;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.ObjectCount;
import dev.allocbudget.core.model.PropertyNames;
import dev.allocbudget.core.model.SiteChange;
import dev.allocbudget.core.model.Verdict;
import dev.allocbudget.runner.protocol.MethodId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The lines a check prints as it goes and at its end; the reports reuse the summary and the sites. */
public final class ConsoleText {
    /** Sites per method on the console; the report has them all. */
    public static final int MAX_SITES_SHOWN = 8;

    /** When a module has neither test classes nor test sources. */
    public static final String NO_TEST_CLASSES = "No test classes in this module; no allocation budgets to check.";

    private ConsoleText() {}

    /**
     * Sources changed since they were compiled, and the goal does not compile: {@code allocbudget:
     * src/main/java/a/Hot.java changed after it was compiled (and 2 more sources), ...}.
     */
    public static String staleClasses(Path projectDir, List<Path> stale) {
        String more = stale.size() == 1 ? "" : " (and " + (stale.size() - 1) + " more source"
                + (stale.size() == 2 ? "" : "s") + ")";
        return "allocbudget: " + relative(projectDir, stale.get(0)) + " changed after it was compiled" + more
                + ", so the check would measure the code of before the change. Run 'mvn test-compile"
                + " allocbudget:check', or run the check as part of 'mvn verify'.";
    }

    /** The JUnit engine ran the budgets under Surefire, and the check is about to measure them again. */
    public static String measuredTwice(String engineSwitch) {
        return "allocbudget-junit is on the test class path, so Surefire's run of the tests measured these budgets"
                + " already; the check measures them again. To measure once, keep one: the engine (remove the"
                + " check's execution from the pom) or the check (-D" + engineSwitch + "=false, or in Surefire's"
                + " configurationParameters).";
    }

    /** Budget methods in the main code, which no goal measures. */
    public static String mainCodeBudgets(List<String> ids) {
        return "@AllocationBudget on " + (ids.size() == 1 ? "a method" : ids.size() + " methods") + " of the main"
                + " code, which the check never measures: " + String.join(", ", ids) + ". Budget methods live in the"
                + " test code (src/test/java), where each calls the main code it holds to a budget; move "
                + (ids.size() == 1 ? "it" : "them") + " there.";
    }

    /** {@code Skipping allocation budget check: skipTests is set.} */
    public static String skipped(String what, String property) {
        return "Skipping " + what + ": " + property + " is set.";
    }

    /** When discovery found no budget method (that the includes select). */
    public static String nothingToCheck(List<String> includes) {
        boolean all = includes == null || includes.isEmpty();
        return "No @AllocationBudget methods found in the test classes"
                + (all ? "" : " matching " + PropertyNames.INCLUDES + "=" + includes) + "; nothing to check.";
    }

    /** Two modules of one build would overwrite each other's entries in one baseline file. */
    public static String sharedBaselineFile(String firstModule, String module, Path file, String defaultName) {
        return "allocbudget: modules " + firstModule + " and " + module + " both use the baseline file " + file
                + "; give each module its own (the default is ${project.basedir}/" + defaultName
                + "), so that neither overwrites the other's figures.";
    }

    /**
     * {@code allocbudget: 29 methods checked in 14.2 s: 26 passed (2 improved, 1 new), 1 over budget, 1 regressed,
     * 1 error}; the parts about the baseline only when there is one (a baseline file, or a reference whose
     * allocation the figures were compared with), "regressed" also when the time gate compared with a reference.
     */
    public static String summaryLine(CheckOutcome outcome) {
        return "allocbudget: " + summary(outcome);
    }

    /**
     * What a check's end prints: its {@link #summaryLine}, then its {@link #reuseLine} when figures were reused.
     */
    public static List<String> endLines(CheckOutcome outcome) {
        String reused = reuseLine(outcome);
        return reused == null ? List.of(summaryLine(outcome)) : List.of(summaryLine(outcome), reused);
    }

    /** The {@link #summaryLine} without its {@code allocbudget: }, for the reports' headings. */
    public static String summary(CheckOutcome outcome) {
        String line = methods(outcome) + " checked in " + Figures.seconds(outcome.elapsed())
                + " s: " + outcome.with(Verdict.PASS).size() + " passed";
        boolean comparedAllocation = outcome.baseline() != null
                || outcome.results().stream().anyMatch(ConsoleText::againstReference);
        if (comparedAllocation) {
            line += " (" + passedAs(outcome, BaselineComparison.Status.IMPROVED) + " improved, "
                    + passedAs(outcome, BaselineComparison.Status.NEW) + " new)";
        }
        line += ", " + outcome.with(Verdict.FAIL).size() + " over budget";
        boolean comparedWithReference = outcome.results().stream()
                .anyMatch(r -> r.jmh() != null && r.jmh().reference() != null);
        if (comparedAllocation || comparedWithReference) {
            line += ", " + outcome.with(Verdict.REGRESSED).size() + " regressed";
        }
        int errors = outcome.with(Verdict.ERROR).size();
        return line + ", " + errors + (errors == 1 ? " error" : " errors");
    }

    /**
     * {@code allocbudget: 28 of 29 methods unchanged since an earlier build: their figures were reused
     * (-Dallocbudget.reuse=false measures them again)}; null when none was.
     */
    public static String reuseLine(CheckOutcome outcome) {
        long reused = outcome.results().stream().filter(r -> r instanceof MethodResult.Measured m
                && m.reuse().reused()).count();
        if (reused == 0) {
            return null;
        }
        return "allocbudget: " + reused + " of " + methods(outcome) + " unchanged since an earlier build: "
                + (reused == 1 ? "its figures were" : "their figures were") + " reused (-D" + PropertyNames.REUSE
                + "=false measures them again)";
    }

    private static long passedAs(CheckOutcome outcome, BaselineComparison.Status status) {
        return outcome.with(status).stream().filter(r -> r.verdict() == Verdict.PASS).count();
    }

    /** The first line of a failing build: how many methods broke their budget or baseline, with a colon. */
    public static String violationsHeadline(CheckOutcome outcome) {
        return violations(outcome) + ":";
    }

    /** {@code Allocation budget exceeded in 2 of 29 methods}: why the build failed. */
    public static String violations(CheckOutcome outcome) {
        int budget = outcome.with(Verdict.FAIL).size();
        List<MethodResult> regressed = outcome.with(Verdict.REGRESSED);
        long slower = regressed.stream().filter(MethodResult::isTimeOnlyRegression).count();
        List<String> what = new ArrayList<>();
        if (budget > 0) {
            what.add("Allocation budget exceeded");
        }
        if (regressed.size() > slower) {
            String from = regressed.stream().anyMatch(ConsoleText::againstReference) ? "the reference" : "the baseline";
            what.add(what.isEmpty() ? "Allocation regressed from " + from : "regressed from " + from);
        }
        if (slower > 0) {
            what.add(what.isEmpty() ? "Time regressed from the reference" : "time regressed from the reference");
        }
        return String.join(" or ", what) + " in " + (budget + regressed.size()) + " of " + methods(outcome);
    }

    /** True when the method's allocation was compared with a reference, not a baseline file. */
    public static boolean againstReference(MethodResult r) {
        return r.baseline() != null && r.baseline().reference() != null;
    }

    public static String errorsHeadline(CheckOutcome outcome) {
        return errors(outcome) + ":";
    }

    /** {@code Allocation could not be measured for 1 of 29 methods}: why the build failed. */
    public static String errors(CheckOutcome outcome) {
        return "Allocation could not be measured for " + outcome.with(Verdict.ERROR).size() + " of " + methods(outcome);
    }

    private static String methods(CheckOutcome outcome) {
        return outcome.results().size() + (outcome.results().size() == 1 ? " method" : " methods");
    }

    /**
     * {@code [3/29] com.acme.Parser#parse  56 B/op  PASS  0.6 s}, with {@code  2 obj/op} when objects were counted,
     * {@code 3.281 B/op (mean)} for a mean per call, {@code (4 threads)} for a method several threads call, and
     * {@code (also 96 B/op with the method compiled first)} when the two compile orders differ.
     */
    public static String progressLine(int index, int total, MethodResult r) {
        String figure = r.bytesPerOp() == null ? "n/a"
                : Figures.number(r.bytesPerOp()) + " B/op" + (r.amortized() ? " (mean)" : "");
        if (r.objects() != null && r.objects().perOp() != null) {
            figure += "  " + Figures.number(r.objects().perOp()) + " obj/op";
        }
        String reuse = ResultText.reuse(r);
        String java = r.budget().java();
        String otherOrder = FigureText.otherOrder(r);
        return "[" + index + "/" + total + "] " + r.id() + "  " + figure + "  " + r.verdict() + "  "
                + Figures.seconds(r.elapsed()) + " s"
                + threads(r)
                + (otherOrder == null ? "" : "  (" + otherOrder + ")")
                + (java == null || r.verdict() == Verdict.ERROR ? "" : "  (" + java + ")")
                + (reuse == null ? "" : "  (" + reuse + ")");
    }

    /**
     * {@code [jmh 2/10] com.acme.Parser#parse  12.3 ± 0.4 ns/op  gc.alloc.rate.norm 56 B/op  (about 20 s left)}, with
     * the settings JMH ran it with when its own annotations ({@code @Warmup}, ...) replaced the announced ones.
     */
    public static String jmhLine(int index, int total, MethodResult r, Duration left) {
        String figures = r.jmh() == null ? (r.verdict() == Verdict.ERROR ? "ERROR" : "no JMH figures")
                : FigureText.time(r.jmh()) + "  gc.alloc.rate.norm "
                        + (r.jmh().allocNorm() == null ? "n/a" : Figures.number(r.jmh().allocNorm()) + " B/op");
        if (r.jmh() != null && r.jmh().reference() != null) {
            figures += "  " + FigureText.comparison(r.jmh().reference());
        }
        if (r.jmh() != null && r.verdict() != Verdict.PASS) {
            figures += "  " + r.verdict();
        }
        if (r.jmh() != null && r.jmh().ownSettings() != null) {
            figures += "  (its own settings: " + r.jmh().ownSettings() + ")";
        }
        return "[jmh " + index + "/" + total + "] " + r.id() + "  " + figures
                + threads(r)
                + (index < total ? "  (about " + Math.max(1, Math.round(left.toMillis() / 1000.0)) + " s left)" : "");
    }

    /** {@code   (4 threads)} for a method that several threads call at once; nothing for one. */
    private static String threads(MethodResult r) {
        return r.budget().threads() == 1 ? "" : "  (" + r.budget().threads() + " threads)";
    }

    /** The file as the user would type it: relative to the module when it lies inside it. */
    public static String relative(Path projectDir, Path file) {
        Path base = projectDir.toAbsolutePath().normalize();
        Path normalized = file.toAbsolutePath().normalize();
        return normalized.startsWith(base) ? base.relativize(normalized).toString() : normalized.toString();
    }

    /** {@code id: threads still allocating after the last window: ...}, or null when none went on allocating. */
    public static String lingering(MethodResult r) {
        String text = FigureText.lingering(r.detail());
        return text == null ? null : r.id() + ": " + text;
    }

    /**
     * JMH's {@code gc.alloc.rate.norm} and the check's bytes/op measure the same thing in two JVMs; when they
     * differ beyond the tolerance for the kind of figure, the user should know, with the likely reasons.
     */
    public static String jmhDisagreement(MethodId id, AllocDisagreement d, String java) {
        return id + ": on Java " + java + ", JMH's gc.alloc.rate.norm is " + Figures.number(d.jmhBytesPerOp())
                + " B/op and the check measured " + Figures.number(d.checkBytesPerOp()) + " B/op"
                + (d.otherBytesPerOp() == null ? "" : " (" + Figures.number(d.otherBytesPerOp())
                        + " B/op in its other compile order)")
                + " (apart by more than "
                + d.tolerance().text() + ", what " + switch (d.tolerance()) {
                    case CLEAN -> "a figure every call allocates alike";
                    case MEAN -> "a mean over calls that allocate in a pattern";
                    case TIMING -> "a figure that depends on thread timing";
                } + " allows). Likely reasons: the two JVMs compiled the method differently (C2 inlining or escape"
                + " analysis decided otherwise; more JMH forks show whether JMH's figure is bimodal), allocation in"
                + " @Setup(Level.Iteration) or in JMH's own iteration bookkeeping spread over few calls (longer"
                + " iterations shrink it), or work on other threads, which JMH's profiler can see and the check does"
                + " not.";
    }

    /** JMH refused a method (outside the time gate): said once, and its verdict is the check's figure alone. */
    public static String jmhFailed(MethodId id, JmhFailure failure) {
        String why = ProblemText.of(failure);
        return id + ": " + (why.endsWith(".") ? why.substring(0, why.length() - 1) : why)
                + ". Its verdict is the check's figure alone.";
    }

    /** A line for each entry the baseline goal or the ratchet changed. */
    public static String baselineChange(BaselineChange c) {
        return switch (c.kind()) {
            case ADDED -> "added    " + c.id() + ": " + entry(c.after());
            case CHANGED -> "changed  " + c.id() + ": " + entry(c.after()) + " (was " + entry(c.before()) + ")";
            case REMOVED -> "removed  " + c.id() + " (no such method)";
            case TIGHTENED -> "tightened " + c.id() + ": " + entry(c.after()) + " (was " + entry(c.before()) + ")";
        };
    }

    /** {@code 48 B/op, 2 obj/op, 12.3 ± 0.4 ns/op}: a baseline entry's figures. */
    static String entry(BaselineEntry e) {
        return Figures.number(e.bytesPerOp()) + " B/op"
                + (e.objectsPerOp() == null ? "" : ", " + Figures.number(e.objectsPerOp()) + " obj/op")
                + (e.time() == null ? "" : ", " + FigureText.time(e.time()));
    }

    /**
     * For a method that regressed or improved against its baseline or the reference, what changed in its sites,
     * biggest change first; nothing for other methods.
     * <pre>
     *   allocation sites changed since the baseline:
     *     +24 B/op, +1 obj/op: new java.lang.Integer at Codec.encode(Codec.java:42) (in Integer.valueOf)
     * </pre>
     */
    public static List<String> siteChangeLines(MethodResult r, int max) {
        BaselineComparison c = r.baseline();
        if (c == null || (c.status() != BaselineComparison.Status.REGRESSED
                && c.status() != BaselineComparison.Status.IMPROVED) || r.isTimeOnlyRegression()) {
            return List.of();
        }
        String since = c.reference() == null ? "the baseline" : "the reference " + c.reference();
        List<SiteChange> changes = r.siteChanges();
        if (changes == null) {
            return c.entry() == null || c.entry().sites() != null ? List.of()
                    : List.of("allocation sites changed since " + since + ": not known (" + (c.reference() == null
                            ? "the baseline was recorded without sites; 'mvn allocbudget:baseline' records them"
                            : "the reference's objects were not counted") + ")");
        }
        if (changes.isEmpty()) {
            return List.of("allocation sites changed since " + since + ": none by more than "
                    + "half a byte and 1 % per call (the figure moved across many small sites)");
        }
        List<String> lines = new ArrayList<>();
        lines.add("allocation sites changed since " + since + ":");
        changes.stream().limit(max).forEach(change -> lines.add("  " + siteChange(change)));
        if (changes.size() > max) {
            lines.add("  ... and " + (changes.size() - max) + " more changes in the report");
        }
        return lines;
    }

    /**
     * {@code +24 B/op, +1 obj/op: new java.lang.Integer at Codec.encode(Codec.java:42) (in Integer.valueOf)}; a grown
     * or shrunk site also says its bytes before and after.
     */
    public static String siteChange(SiteChange change) {
        AllocationSite site = change.site();
        String line = signed(change.bytesDelta()) + " B/op, " + signed(change.objectsDelta()) + " obj/op: "
                + change.kind().word()
                + " " + site.type() + " " + where(site);
        if (change.kind() == SiteChange.Kind.GREW || change.kind() == SiteChange.Kind.SHRANK) {
            line += ", " + Figures.number(change.before().bytesPerOp()) + " -> "
                    + Figures.number(change.after().bytesPerOp()) + " B/op";
        }
        return line;
    }

    /** {@code at Codec.encode(Codec.java:42) (in Integer.valueOf)}, and the thread when it is not the measuring one. */
    static String where(AllocationSite site) {
        if (site.frames().isEmpty()) {
            return "at an unknown place";
        }
        String at = "at " + withoutPackage(site.userLine());
        if (!site.userLine().equals(site.allocatingFrame())) {
            String in = withoutPackage(site.allocatingFrame());
            at += " (in " + (in.indexOf('(') < 0 ? in : in.substring(0, in.indexOf('('))) + ")";
        }
        return at + (site.onOtherThread() ? " on thread " + site.thread() : "");
    }

    /** {@code com.acme.Codec.encode(Codec.java:42)} to {@code Codec.encode(Codec.java:42)}. */
    private static String withoutPackage(String frame) {
        int paren = frame.indexOf('(');
        String method = paren < 0 ? frame : frame.substring(0, paren);
        int classDot = method.lastIndexOf('.', method.lastIndexOf('.') - 1);
        return classDot < 0 ? frame : frame.substring(classDot + 1);
    }

    private static String signed(double delta) {
        return (delta >= 0 ? "+" : "-") + Figures.number(Math.abs(delta));
    }

    /**
     * The biggest allocation sites of a method, for the console: one line each, with the first frame in the user's
     * own code, and the JDK frame that allocated when that is a different one.
     * <pre>
     *   allocation sites (per call, steady state):
     *     1 obj   16 B  java.lang.Integer  at com.acme.Router.find(Router.java:88)  (in java.lang.Integer.valueOf(Integer.java:1081))
     * </pre>
     */
    public static List<String> siteLines(MethodResult r, int max) {
        List<String> lines = new ArrayList<>(siteChangeLines(r, max));
        lines.addAll(currentSiteLines(r, max));
        return lines;
    }

    /** The sites alone, without what changed in them: where the changes are printed apart (improved methods). */
    public static List<String> currentSiteLines(MethodResult r, int max) {
        List<String> lines = new ArrayList<>();
        if (r.objects() == null) {
            return lines;
        }
        if (r.objects().perOp() == null) {
            lines.add("allocation sites: " + (r.objects().isPartial() ? r.objects().partialLabel() : "not counted")
                    + " (" + ProblemText.of(r.objects().uncounted()) + ")");
            if (!r.objects().isPartial()) {
                return lines;
            }
        }
        List<AllocationSite> sites = r.objects().sites();
        if (sites.isEmpty()) {
            lines.add("allocation sites: none (no object is allocated per call)");
            return lines;
        }
        int typeWidth = sites.stream().limit(max).mapToInt(s -> s.type().length()).max().orElse(0);
        lines.add(!r.objects().isPartial() ? "allocation sites (per call, steady state):"
                : r.objects().uncounted() instanceof ObjectCount.Uncounted.OtherCalls
                        ? "allocation sites of the counted calls (per call):"
                        : "allocation sites seen (per call, a part of the whole):");
        for (AllocationSite site : sites.subList(0, Math.min(max, sites.size()))) {
            int user = site.firstUserFrame();
            String where = site.frames().isEmpty() ? "at an unknown place"
                    : user < 0 ? "at " + site.frames().get(0)
                    : "at " + site.frames().get(user) + (user == 0 ? "" : "  (in " + site.frames().get(0) + ")");
            lines.add(String.format(Locale.ROOT, "  %s obj  %5s B  %-" + typeWidth + "s  %s%s",
                    Figures.number(site.objectsPerOp()), Figures.number(site.bytesPerOp()), site.type(), where,
                    site.onOtherThread() ? "  on thread " + site.thread() : ""));
        }
        if (sites.size() > max) {
            lines.add("  ... and " + (sites.size() - max) + " more sites in the report");
        }
        return lines;
    }
}
