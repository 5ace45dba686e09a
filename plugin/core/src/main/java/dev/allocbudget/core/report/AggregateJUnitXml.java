package dev.allocbudget.core.report;

import static dev.allocbudget.core.report.JUnitXmlReport.escape;
import static dev.allocbudget.core.report.JUnitXmlReport.firstLine;
import static dev.allocbudget.core.report.JUnitXmlReport.text;

import dev.allocbudget.core.aggregate.BuildReport;
import dev.allocbudget.core.aggregate.ModuleMethod;
import dev.allocbudget.core.aggregate.ModuleReport;
import dev.allocbudget.core.io.Figures;
import java.util.List;

/**
 * The aggregate's {@code TEST-allocbudget.xml}: a {@code <testsuites>} with one {@code <testsuite>} per module (the
 * form Jenkins, GitLab and GitHub's test reporters read for many suites), a test case per method as in the module's
 * own file. A module without a report has one skipped case saying so, one whose report could not be used an error:
 * neither disappears from the test report.
 */
final class AggregateJUnitXml {
    static final String FILE_NAME = JUnitXmlReport.FILE_NAME;

    private AggregateJUnitXml() {}

    static String render(BuildReport report) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        long skipped = report.with(ModuleReport.State.MISSING).size();
        xml.append("<testsuites name=\"allocbudget\" tests=\"").append(report.methods().size() + skipped
                        + report.unusable().size())
                .append("\" failures=\"").append(report.methodsWith("FAIL") + report.methodsWith("REGRESSED"))
                .append("\" errors=\"").append(report.methods().size() - report.methodsWith("PASS")
                        - report.methodsWith("FAIL") - report.methodsWith("REGRESSED") + report.unusable().size())
                .append("\" skipped=\"").append(skipped).append("\">\n");
        for (ModuleReport module : report.modules()) {
            List<ModuleMethod> methods = report.methods().stream().filter(m -> m.module() == module)
                    .sorted(java.util.Comparator.comparing(ModuleMethod::id)).toList();
            suite(xml, module, methods, report);
        }
        return xml.append("</testsuites>\n").toString();
    }

    private static void suite(StringBuilder xml, ModuleReport module, List<ModuleMethod> methods, BuildReport report) {
        long failures = methods.stream().filter(m -> "FAIL".equals(m.verdict()) || "REGRESSED".equals(m.verdict()))
                .count();
        long errors = methods.stream().filter(m -> !m.passed()).count() - failures;
        boolean missing = module.state() == ModuleReport.State.MISSING;
        boolean unusable = !module.isRead() && !missing;
        xml.append("  <testsuite name=\"allocbudget.").append(escape(module.name())).append("\" tests=\"")
                .append(module.isRead() ? methods.size() : 1).append("\" failures=\"").append(failures)
                .append("\" errors=\"").append(unusable ? 1 : errors).append("\" skipped=\"").append(missing ? 1 : 0)
                .append("\">\n");
        if (module.isRead()) {
            xml.append("    <properties>\n");
            property(xml, "allocbudget.module.path", module.source().path());
            property(xml, "java.version", module.environment("javaVersion"));
            property(xml, "java.vendor", module.environment("javaVendor"));
            property(xml, "allocbudget.version", module.environment("pluginVersion"));
            List<String> notes = report.notes(module);
            if (!notes.isEmpty()) {
                property(xml, "allocbudget.module.notes", String.join("; ", notes));
            }
            xml.append("    </properties>\n");
        }
        if (missing) {
            xml.append("    <testcase name=\"report\" classname=\"").append(escape(module.name()))
                    .append("\">\n      <skipped message=\"").append(escape(module.problem())).append("\"/>\n")
                    .append("    </testcase>\n");
        } else if (unusable) {
            String message = module.source().reportFile() + " " + module.problem();
            xml.append("    <testcase name=\"report\" classname=\"").append(escape(module.name()))
                    .append("\">\n      <error message=\"").append(escape(message))
                    .append("\" type=\"allocbudget.UnusableReport\">").append(text(message))
                    .append("</error>\n    </testcase>\n");
        }
        for (ModuleMethod m : methods) {
            String id = m.id();
            int hash = id.indexOf('#');
            xml.append("    <testcase name=\"").append(escape(hash < 0 ? id : id.substring(hash + 1)))
                    .append("\" classname=\"").append(escape(hash < 0 ? module.name() : id.substring(0, hash)))
                    .append("\"");
            String message = m.message() == null ? m.verdict() : m.message();
            xml.append(">\n");
            if (!m.passed()) {
                boolean violation = "FAIL".equals(m.verdict()) || "REGRESSED".equals(m.verdict());
                String element = violation ? "failure" : "error";
                String type = "FAIL".equals(m.verdict()) ? "OverBudget"
                        : "REGRESSED".equals(m.verdict()) ? "Regressed" : "NotMeasured";
                xml.append("      <").append(element).append(" message=\"").append(escape(firstLine(message)))
                        .append("\" type=\"allocbudget.").append(type).append("\">").append(text(message))
                        .append("</").append(element).append(">\n");
            }
            xml.append("      <system-out>").append(escape(figures(m))).append("</system-out>\n    </testcase>\n");
        }
        xml.append("  </testsuite>\n");
    }

    /** {@code 48 B/op, 2 obj/op; budget: 64 B/op, 2 obj/op}: the figures, as the module's own file has them. */
    private static String figures(ModuleMethod m) {
        Double bytes = m.number("bytesPerOp");
        Double objects = m.number("objectsPerOp");
        Double budgetBytes = m.number("budget", "bytes");
        Double budgetObjects = m.number("budget", "objects");
        String s = bytes == null ? "not measured" : Figures.number(bytes) + " B/op";
        if (objects != null) {
            s += ", " + Figures.number(objects) + " obj/op";
        }
        String budget = (budgetBytes == null ? "" : Figures.number(budgetBytes) + " B/op")
                + (budgetBytes != null && budgetObjects != null ? ", " : "")
                + (budgetObjects == null ? "" : Figures.number(budgetObjects) + " obj/op");
        return s + "; budget: " + (budget.isEmpty() ? "none" : budget);
    }

    private static void property(StringBuilder xml, String name, String value) {
        JUnitXmlReport.property(xml, "      ", name, value);
    }
}
