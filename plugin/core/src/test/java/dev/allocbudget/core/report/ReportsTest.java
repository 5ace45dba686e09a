package dev.allocbudget.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.core.model.CheckOutcome;
import dev.allocbudget.core.model.SampleOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JUnit XML and Markdown reports, read back the way their consumers read them. */
class ReportsTest {
    @TempDir
    Path dir;

    private static CheckOutcome outcome() {
        return SampleOutcome.outcome();
    }

    @Test
    void junitXmlReadsBackWithSurefiresOwnParser() throws Exception {
        Path xml = dir.resolve(JUnitXmlReport.FILE_NAME);
        Files.writeString(xml, JUnitXmlReport.render(outcome()));
        List<ReportTestSuite> suites = new TestSuiteXmlParser(new NullConsoleLogger()).parse(xml.toString());
        assertEquals(8, suites.stream().mapToInt(ReportTestSuite::getNumberOfTests).sum());
        assertEquals(2, suites.stream().mapToInt(ReportTestSuite::getNumberOfFailures).sum());
        assertEquals(1, suites.stream().mapToInt(ReportTestSuite::getNumberOfErrors).sum());
        assertEquals(0, suites.stream().mapToInt(ReportTestSuite::getNumberOfSkipped).sum());
        Map<String, ReportTestCase> cases = suites.stream().flatMap(t -> t.getTestCases().stream())
                .collect(Collectors.toMap(ReportTestCase::getFullName, Function.identity()));
        ReportTestCase lookup = cases.get(SampleOutcome.PKG + "RouteTableBudget.lookup");
        assertTrue(lookup.hasFailure());
        assertEquals("allocbudget.Regressed", lookup.getFailureType());
        assertEquals("bytes/op is 48, but baseline is 32 (+16 B, +50%); objects/op is 3, but baseline is 2",
                lookup.getFailureMessage());
        assertTrue(lookup.getFailureDetail().matches("(?s).*\n  1 obj +24 B  java\\.lang\\.String +at "
                + "dev\\.allocbudget\\.examples\\.RouteTable\\.lookup\\(RouteTable\\.java:57\\)\n.*"),
                lookup.getFailureDetail());
        assertEquals(1.42f, lookup.getTime(), 0.0001f);
        ReportTestCase bind = cases.get("demo.ParamsBudget.bind");
        assertEquals("allocbudget.OverBudget", bind.getFailureType());
        assertEquals("bytes/op is 128, but budget is 64; objects/op is 5, but budget is 2 (a mean per call: 640,000 B"
                + " every 5,000 calls)", bind.getFailureMessage());
        ReportTestCase broken = cases.get(SampleOutcome.PKG + "BrokenBudget$Inner.throwsOnCall");
        assertTrue(broken.hasError());
        assertEquals("the method threw java.lang.IllegalStateException: bad input " + SampleOutcome.SCRIPT_IN_MESSAGE,
                broken.getFailureMessage());
        assertTrue(cases.get(SampleOutcome.PKG + "RouterBudget.staticRoute").isSuccessful());
        assertTrue(cases.get(SampleOutcome.PKG + "NaiveRouterBudget.dynamicRoute").isSuccessful());
    }

    @Test
    void junitXmlCarriesTheFiguresOfEveryCase() {
        String xml = JUnitXmlReport.render(outcome());
        assertTrue(xml.contains("<system-out>0 B/op; budget: 0 B/op; baseline: 0 B/op (SAME)</system-out>"), xml);
        assertTrue(xml.contains("<system-out>48 B/op, 3 obj/op; budget: 64 B/op; baseline: 32 B/op, 2 obj/op"
                + " (REGRESSED)</system-out>"), xml);
        assertTrue(xml.contains("<system-out>not measured; budget: 0 B/op</system-out>"), xml);
    }

    @Test
    void markdownHasOneRowPerMethodWithBudgetBaselineAndDelta() {
        String md = MarkdownReport.render(outcome(), "examples", "src/test/allocbudget-baseline.json");
        assertTrue(md.startsWith("### allocbudget: examples\n\n8 methods checked in 6.5 s: 5 passed (1 improved, 2 new),"
                + " 1 over budget, 1 regressed, 1 error\n\nJava 17.0.15 · OpenJDK 64-Bit Server VM · G1 · allocbudget"
                + " 0.1.0-SNAPSHOT · baseline `src/test/allocbudget-baseline.json` (Java 17, 21)\n"), md);
        assertTrue(md.contains("| ❌ **regressed** | `dev.allocbudget.examples.RouteTableBudget#lookup` | 48 | 64 | 32 |"
                + " +16 B, +50% | 3 | – | 2 | +1, +50% |\n"), md);
        assertTrue(md.contains("| ✅ pass | `dev.allocbudget.examples.RouterBudget#staticRoute` | 0 | 0 | 0 | 0 B | – |"
                + " – | – | – |\n"), md);
        assertTrue(md.contains("| ✅ improved | `dev.allocbudget.examples.NaiveRouterBudget#dynamicRoute` | 520 | – |"
                + " 584 | -64 B, -11% | – | – | – | – |\n"), md);
        assertTrue(md.contains("| ❌ **over budget** | `demo.ParamsBudget#bind` | 128 | 64 | 128 | 0 B | 5 | 2 | 5 | 0 |"
                + "\n"), md);
        assertTrue(md.contains("| ⚠️ **error** | `dev.allocbudget.examples.BrokenBudget$Inner#throwsOnCall` | – | 0 | – |"
                + " – | – | – | – | – |\n"), md);
        assertEquals(8, md.lines().filter(l -> l.matches("\\| [^|]+ \\| `[^`]+#[^`]+` \\|.*")).count(), md);
        assertTrue(md.contains("`dev.allocbudget.examples.OldRouterBudget#removedMethod`"), "stale entries are listed");
        assertTrue(md.contains("- dev.allocbudget.examples.BrokenBudget$Inner#throwsOnCall: the method threw"
                + " java.lang.IllegalStateException: bad input &lt;script&gt;alert(\"x &amp; 'y'\")&lt;/script&gt;\n"),
                "messages cannot inject HTML: " + md);
        assertTrue(md.contains("To accept a regression: `mvn allocbudget:baseline`, then commit"
                + " `src/test/allocbudget-baseline.json` (add a reason for the change)."), md);
        assertTrue(md.contains("To lock improvements in"), md);
    }
}
