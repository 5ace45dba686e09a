package dev.allocbudget.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.core.AllocationSite;
import dev.allocbudget.core.BaselineComparison.Status;
import dev.allocbudget.core.BaselineComparison;
import dev.allocbudget.core.BaselineEntry;
import dev.allocbudget.core.BaselineUse;
import dev.allocbudget.core.Budget;
import dev.allocbudget.core.CheckOutcome;
import dev.allocbudget.core.Environment;
import dev.allocbudget.core.MethodResult;
import dev.allocbudget.core.ObjectCount;
import dev.allocbudget.core.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

    static CheckOutcome outcome() {
        BaselineEntry was = new BaselineEntry(32, 1.0, null);
        ObjectCount two = new ObjectCount(2.0, null, List.of(
                new AllocationSite("byte[]", 1, 32, List.of("com.acme.Codec.encode(Codec.java:41)")),
                new AllocationSite("java.lang.String", 1, 16, List.of("com.acme.Codec.encode(Codec.java:42)"))),
                "jvmti-agent");
        return new CheckOutcome(new Environment("17.0.15", "Debian", "OpenJDK 64-Bit Server VM", "G1", "0.1.0"), List.of(
                new MethodResult("com.acme.Codec#encode", 48.0, two, Budget.NONE,
                        new BaselineComparison(Status.REGRESSED, was), Verdict.REGRESSED,
                        "com.acme.Codec#encode: bytes/op is 48, but baseline is 32 (+16 B, +50%); objects/op is 2,"
                                + " but baseline is 1", Duration.ofMillis(1234)),
                new MethodResult("com.acme.Codec#decode", 0.0, null, new Budget(0L, null),
                        new BaselineComparison(Status.SAME, new BaselineEntry(0, null, null)), Verdict.PASS, null,
                        Duration.ofMillis(512)),
                new MethodResult("com.acme.Router#find", 96.0, null, new Budget(64L, 2L),
                        BaselineComparison.NEW, Verdict.FAIL, "com.acme.Router#find: bytes/op is 96, but budget is 64",
                        Duration.ofMillis(2048)),
                new MethodResult("com.acme.Broken$Inner#run", null, null, Budget.NONE, null, Verdict.ERROR,
                        "com.acme.Broken$Inner#run: the method threw java.lang.IllegalStateException: <boom> & \"x\"\n"
                                + "\tat com.acme.Broken$Inner.run(Broken.java:7)", Duration.ofMillis(300))),
                new BaselineUse(Path.of("allocbudget-baseline.json"), "17", List.of("17", "25"), List.of("com.acme.Old#gone")),
                Duration.ofMillis(4100));
    }

    @Test
    void junitXmlReadsBackWithSurefiresOwnParser() throws Exception {
        Path xml = dir.resolve(JUnitXmlReport.FILE_NAME);
        Files.writeString(xml, JUnitXmlReport.render(outcome()));
        // Surefire's reader groups the cases by class, as its HTML report shows them
        List<ReportTestSuite> suites = new TestSuiteXmlParser(new NullConsoleLogger()).parse(xml.toString());
        assertEquals(List.of("Broken$Inner", "Codec", "Router"),
                suites.stream().map(ReportTestSuite::getName).sorted().toList());
        assertEquals(4, suites.stream().mapToInt(ReportTestSuite::getNumberOfTests).sum());
        assertEquals(2, suites.stream().mapToInt(ReportTestSuite::getNumberOfFailures).sum());
        assertEquals(1, suites.stream().mapToInt(ReportTestSuite::getNumberOfErrors).sum());
        assertEquals(0, suites.stream().mapToInt(ReportTestSuite::getNumberOfSkipped).sum());
        Map<String, ReportTestCase> cases = suites.stream().flatMap(s -> s.getTestCases().stream())
                .collect(Collectors.toMap(ReportTestCase::getFullName, Function.identity()));
        assertEquals(List.of("com.acme.Broken$Inner.run", "com.acme.Codec.decode", "com.acme.Codec.encode",
                "com.acme.Router.find"), cases.keySet().stream().sorted().toList());
        ReportTestCase encode = cases.get("com.acme.Codec.encode");
        assertTrue(encode.hasFailure());
        assertEquals("allocbudget.Regressed", encode.getFailureType());
        assertEquals("bytes/op is 48, but baseline is 32 (+16 B, +50%); objects/op is 2, but baseline is 1",
                encode.getFailureMessage());
        assertTrue(encode.getFailureDetail().matches("(?s).*\n  1 obj +32 B  byte\\[\\] +at com\\.acme\\.Codec\\.encode\\(Codec\\.java:41\\)\n.*"),
                encode.getFailureDetail());
        assertEquals(1.234f, encode.getTime(), 0.0001f);
        assertEquals("allocbudget.OverBudget", cases.get("com.acme.Router.find").getFailureType());
        ReportTestCase broken = cases.get("com.acme.Broken$Inner.run");
        assertTrue(broken.hasError());
        assertEquals("the method threw java.lang.IllegalStateException: <boom> & \"x\"", broken.getFailureMessage());
        assertTrue(cases.get("com.acme.Codec.decode").isSuccessful());
    }

    @Test
    void junitXmlCarriesTheFiguresOfEveryCase() {
        String xml = JUnitXmlReport.render(outcome());
        assertTrue(xml.contains("<system-out>0 B/op; budget: 0 B/op; baseline: 0 B/op (SAME)</system-out>"), xml);
        assertTrue(xml.contains("<system-out>48 B/op, 2 obj/op; budget: none; baseline: 32 B/op, 1 obj/op (REGRESSED)"
                + "</system-out>"), xml);
    }

    @Test
    void markdownHasOneRowPerMethodWithBudgetBaselineAndDelta() {
        String md = MarkdownReport.render(outcome(), "codec", "allocbudget-baseline.json");
        assertTrue(md.startsWith("### allocbudget: codec\n\n4 methods checked in 4.1 s: 1 passed (0 improved, 0 new),"
                + " 1 over budget, 1 regressed, 1 error\n\nJava 17.0.15 · OpenJDK 64-Bit Server VM · G1 · allocbudget"
                + " 0.1.0 · baseline `allocbudget-baseline.json` (Java 17, 25)\n"), md);
        assertTrue(md.contains("| ❌ **regressed** | `com.acme.Codec#encode` | 48 | – | 32 | +16 B, +50% | 2 | – | 1 |"
                + " +1, +100% |\n"), md);
        assertTrue(md.contains("| ✅ pass | `com.acme.Codec#decode` | 0 | 0 | 0 | 0 B | – | – | – | – |\n"), md);
        assertTrue(md.contains("| ❌ **over budget** | `com.acme.Router#find` | 96 | 64 | – | – | – | 2 | – | – |\n"), md);
        assertTrue(md.contains("| ⚠️ **error** | `com.acme.Broken$Inner#run` | – | – | – | – | – | – | – | – |\n"), md);
        assertEquals(4, md.lines().filter(l -> l.startsWith("| ") && l.contains("`com.acme.")).count());
        assertTrue(md.contains("`com.acme.Old#gone`"), "stale entries are listed");
        assertTrue(md.contains("- com.acme.Broken$Inner#run: the method threw java.lang.IllegalStateException:"
                + " &lt;boom&gt; &amp; \"x\"\n"), "messages cannot inject HTML: " + md);
        assertTrue(md.contains("To accept a regression: `mvn allocbudget:baseline`, then commit"
                + " `allocbudget-baseline.json` (add a reason for the change)."), md);
        assertFalse(md.contains("To lock improvements in"), md);
    }
}
