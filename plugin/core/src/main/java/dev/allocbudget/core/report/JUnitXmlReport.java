package dev.allocbudget.core.report;

import dev.allocbudget.core.io.Figures;
import dev.allocbudget.core.model.BaselineEntry;
import dev.allocbudget.core.model.CheckOutcome;
import dev.allocbudget.core.model.Environment;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code TEST-allocbudget.xml} in the format Surefire writes (its {@code surefire-test-report-3.0.xsd}), one
 * test case per method, so that Jenkins, GitLab and GitHub test reporters list budgets as tests: violations are
 * {@code <failure>}s, methods that could not be measured {@code <error>}s, and every case carries its figures in
 * {@code <system-out>}.
 */
final class JUnitXmlReport {
    static final String FILE_NAME = "TEST-allocbudget.xml";

    private JUnitXmlReport() {}

    static String render(CheckOutcome outcome) {
        List<MethodResult> results = outcome.results();
        Environment env = outcome.environment();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuite xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xsi:noNamespaceSchemaLocation=\"https://maven.apache.org/surefire/maven-surefire-plugin/xsd/surefire-test-report-3.0.xsd\"")
                .append(" version=\"3.0\" name=\"allocbudget\" time=\"").append(seconds(outcome.elapsed()))
                .append("\" tests=\"").append(results.size())
                .append("\" errors=\"").append(outcome.with(Verdict.ERROR).size())
                .append("\" skipped=\"0\" failures=\"").append(outcome.violations().size()).append("\">\n");
        xml.append("  <properties>\n");
        property(xml, "java.version", env.javaVersion());
        property(xml, "java.vendor", env.javaVendor());
        property(xml, "java.vm.name", env.vmName());
        property(xml, "allocbudget.gc", env.gc());
        property(xml, "allocbudget.version", env.pluginVersion());
        if (outcome.baseline() != null) {
            property(xml, "allocbudget.baseline", outcome.baseline().file().toString());
        }
        xml.append("  </properties>\n");
        for (MethodResult r : results) {
            xml.append("  <testcase name=\"").append(escape(r.id().methodWithRow())).append("\" classname=\"")
                    .append(escape(r.id().className())).append("\" time=\"").append(seconds(r.elapsed())).append("\"");
            String detail = String.join("\n", details(r));
            if (r.verdict().isViolation()) {
                xml.append(">\n    <failure message=\"").append(escape(ResultText.message(r))).append("\" type=\"allocbudget.")
                        .append(r.verdict() == Verdict.FAIL ? "OverBudget" : "Regressed").append("\">")
                        .append(text(detail)).append("</failure>\n");
            } else if (r.verdict() == Verdict.ERROR) {
                xml.append(">\n    <error message=\"").append(escape(firstLine(ResultText.message(r))))
                        .append("\" type=\"allocbudget.NotMeasured\">").append(text(ResultText.withId(r)))
                        .append("</error>\n");
            } else {
                xml.append(">\n");
            }
            xml.append("    <system-out>").append(escape(figures(r))).append("</system-out>\n  </testcase>\n");
        }
        return xml.append("</testsuite>\n").toString();
    }

    /** {@code 48 B/op, 2 obj/op; budget: 64 B/op; baseline: 32 B/op, 1 obj/op (REGRESSED)} */
    static String figures(MethodResult r) {
        StringBuilder s = new StringBuilder();
        s.append(r.bytesPerOp() == null ? "not measured" : Figures.number(r.bytesPerOp()) + " B/op");
        if (r.objectsPerOp() != null) {
            s.append(", ").append(Figures.number(r.objectsPerOp())).append(" obj/op");
        }
        List<String> budget = new ArrayList<>();
        if (r.budget().bytes() != null) budget.add(r.budget().bytes() + " B/op");
        if (r.budget().objects() != null) budget.add(r.budget().objects() + " obj/op");
        s.append("; budget: ").append(budget.isEmpty() ? "none" : String.join(", ", budget));
        if (r.baseline() != null) {
            BaselineEntry e = r.baseline().entry();
            String against = r.baseline().reference() == null ? "baseline" : "the reference " + r.baseline().reference();
            s.append("; ").append(against).append(": ").append(e == null ? "none"
                    : Figures.number(e.bytesPerOp()) + " B/op"
                            + (e.objectsPerOp() == null ? "" : ", " + Figures.number(e.objectsPerOp()) + " obj/op")
                            + (e.time() == null ? "" : ", " + FigureText.time(e.time())))
                    .append(" (").append(r.baseline().status())
                    .append(r.baseline().notCompared() == null ? ""
                            : ": " + ProblemText.of(r.baseline().notCompared())).append(")");
        }
        if (r.jmh() != null) {
            s.append("; JMH: ").append(FigureText.time(r.jmh())).append(", gc.alloc.rate.norm ")
                    .append(r.jmh().allocNorm() == null ? "n/a" : Figures.number(r.jmh().allocNorm()) + " B/op");
            if (r.jmh().reference() != null) {
                s.append("; time ").append(FigureText.comparison(r.jmh().reference()));
            }
        }
        return s.toString();
    }

    private static List<String> details(MethodResult r) {
        List<String> lines = new ArrayList<>();
        lines.add(ResultText.withId(r));
        if (!r.isTimeOnlyRegression()) {
            lines.addAll(ConsoleText.siteLines(r, Integer.MAX_VALUE));
        }
        return lines;
    }

    static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static void property(StringBuilder xml, String name, String value) {
        property(xml, "    ", name, value);
    }

    /** {@code <property name=".." value=".."/>} at {@code indent}: a suite's, or (the aggregate's) a nested suite's. */
    static void property(StringBuilder xml, String indent, String name, String value) {
        xml.append(indent).append("<property name=\"").append(escape(name)).append("\" value=\"")
                .append(escape(value == null ? "" : value)).append("\"/>\n");
    }

    /** Surefire's time: seconds with at most three decimals, no grouping. */
    private static String seconds(java.time.Duration d) {
        return Figures.number(d.toMillis() / 1000.0);
    }

    /** Escapes element text: line breaks stay as they are (only attributes need them as references). */
    static String text(String s) {
        return escape(s).replace("&#10;", "\n").replace("&#9;", "\t");
    }

    /** Escapes for attributes; drops characters XML 1.0 cannot carry. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&': out.append("&amp;"); break;
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '"': out.append("&quot;"); break;
                case '\n': out.append("&#10;"); break;
                case '\r': out.append("&#13;"); break;
                case '\t': out.append("&#9;"); break;
                default:
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) out.append(c);
            }
        }
        return out.toString();
    }
}
