package dev.allocbudget.core.report;

import dev.allocbudget.core.aggregate.BuildReport;
import dev.allocbudget.core.aggregate.ModuleReport;
import java.util.ArrayList;
import java.util.List;

/** What the aggregate says on the console and at the top of its reports. */
public final class AggregateText {
    private AggregateText() {}

    /**
     * {@code 7 methods in 2 of 4 modules: 5 passed, 1 over budget, 1 regressed, 0 errors; no report from 2 modules
     * (parent, api)}. Never only the good news: modules without results are named.
     */
    public static String summary(BuildReport report) {
        long withMethods = report.modules().stream().filter(m -> !m.methods().isEmpty()).count();
        String line = HtmlText.plural(report.methods().size(), "method") + " in " + withMethods + " of "
                + HtmlText.plural(report.modules().size(), "module") + ": " + report.methodsWith("PASS") + " passed, "
                + report.methodsWith("FAIL") + " over budget, " + report.methodsWith("REGRESSED") + " regressed, "
                + report.methodsWith("ERROR") + (report.methodsWith("ERROR") == 1 ? " error" : " errors");
        long other = report.methods().size() - report.methodsWith("PASS") - report.methodsWith("FAIL")
                - report.methodsWith("REGRESSED") - report.methodsWith("ERROR");
        if (other > 0) {
            line += ", " + other + " with a verdict of another version";
        }
        if (!report.methods().isEmpty() && !report.checkedInThisBuild()) {
            line += "; no module was checked in this build: the reports are from earlier ones";
        }
        List<ModuleReport> missing = report.with(ModuleReport.State.MISSING);
        if (!missing.isEmpty()) {
            line += "; no report from " + HtmlText.plural(missing.size(), "module") + " (" + names(missing) + ")";
        }
        List<ModuleReport> unusable = report.unusable();
        if (!unusable.isEmpty()) {
            line += "; " + HtmlText.plural(unusable.size(), "report") + " unusable (" + names(unusable) + ")";
        }
        return line;
    }

    /** The headline: whether anything needs attention, counting a build without results as such. */
    public static String headline(BuildReport report) {
        int attention = report.attention().size();
        int total = report.methods().size();
        if (total == 0) {
            return "No module has results";
        }
        if (attention > 0) {
            return attention + " of " + HtmlText.plural(total, "method") + " need" + (attention == 1 ? "s" : "")
                    + " attention";
        }
        // never all-green without saying that some modules gave no results
        long withMethods = report.modules().stream().filter(m -> !m.methods().isEmpty()).count();
        String passed = "All " + HtmlText.plural(total, "method") + " passed"
                + (withMethods < report.modules().size()
                        ? " in " + withMethods + " of " + HtmlText.plural(report.modules().size(), "module") : "");
        return report.unusable().isEmpty() ? passed
                : passed + "; " + HtmlText.plural(report.unusable().size(), "report") + " could not be read";
    }

    /** Whether the page and the summary may be green: something was checked, and nothing needs attention. */
    static boolean good(BuildReport report) {
        return !report.methods().isEmpty() && report.attention().isEmpty() && report.unusable().isEmpty();
    }

    /**
     * One warning per module whose report is there but could not be used, naming the file and what to do:
     * {@code allocbudget: report-aggregate left out module beta: beta/target/allocbudget/report.json is not valid
     * JSON (line 3: ...). Build the module again (mvn verify -pl beta) to write it anew.}
     */
    public static List<String> warnings(BuildReport report) {
        List<String> lines = new ArrayList<>();
        for (ModuleReport module : report.unusable()) {
            lines.add("allocbudget: report-aggregate left out module " + module.name() + ": "
                    + module.source().reportFile() + " " + module.problem() + ". Build the module again with this"
                    + " plugin (mvn verify -pl " + module.source().path() + ") to write it anew.");
        }
        for (ModuleReport module : report.modules()) {
            if (module.isRead() && (report.otherJava(module) || report.earlier(module) || report.otherPlugin(module))) {
                lines.add("allocbudget: report-aggregate: module " + module.name() + ": "
                        + String.join("; ", report.notes(module)) + ".");
            }
        }
        return lines;
    }

    static String names(List<ModuleReport> modules) {
        return String.join(", ", modules.stream().map(ModuleReport::name).toList());
    }
}
