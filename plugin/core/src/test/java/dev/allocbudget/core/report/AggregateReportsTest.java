package dev.allocbudget.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.core.aggregate.BuildReport;
import dev.allocbudget.core.aggregate.ModuleMethod;
import dev.allocbudget.core.aggregate.ModuleReport;
import dev.allocbudget.core.aggregate.ModuleReport.State;
import dev.allocbudget.core.aggregate.ModuleSource;
import dev.allocbudget.core.io.JsonReader;
import dev.allocbudget.core.io.JsonReader.Node;
import dev.allocbudget.core.io.JsonTree;
import dev.allocbudget.core.model.CheckOutcome;
import dev.allocbudget.core.model.Environment;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.SampleOutcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The aggregate of {@link SampleBuild} (reports of every verdict, missing, corrupt, of another format, from another
 * JDK or an earlier build), each aggregate report read back the way its consumers read it.
 */
class AggregateReportsTest {
    @TempDir
    Path root;
    private SampleBuild build;
    private List<ModuleSource> sources;

    @BeforeEach
    void reactor() throws Exception {
        build = SampleBuild.write(root);
        sources = build.sources;
    }

    private BuildReport report() {
        return build.read();
    }

    private Map<String, ModuleReport> modules(BuildReport report) {
        return report.modules().stream().collect(Collectors.toMap(ModuleReport::name, Function.identity()));
    }

    @Test
    void methodsComeWorstVerdictFirstThenByModuleThenById() {
        List<String> rows = report().methods().stream().map(m -> m.verdict() + " " + m.module().name() + " "
                + m.id().replace(SampleOutcome.PKG, "")).toList();
        assertEquals(List.of(
                "FAIL web demo.ParamsBudget#bind",
                "REGRESSED web RouteTableBudget#lookup",
                "ERROR web BrokenBudget$Inner#throwsOnCall",
                "PASS core RouterBudget#paramAsString",
                "PASS core RouterBudget#staticRoute",
                "PASS legacy RouterBudget#staticRoute",
                "PASS web NaiveRouterBudget#dynamicRoute",
                "PASS web ParamsBudget#bindOne",
                "PASS web RouterBudget#paramAsString",
                "PASS web RouterBudget#staticRoute",
                "PASS web very.deeply.nested.configuration.parsing.ExtraordinarilyLongConfigurationParserBudget"
                        + "$WithANestedStateHolder#parsesAVeryLongConfigurationKeyWithoutAllocatingAnything"), rows);
    }

    @Test
    void eachModuleIsReadOrSaysWhyNot() {
        Map<String, ModuleReport> modules = modules(report());
        assertEquals(State.MISSING, modules.get("parent").state());
        assertEquals("no report: the check did not run here", modules.get("parent").problem());
        assertEquals(State.READ, modules.get("web").state());
        assertEquals(State.UNREADABLE, modules.get("broken").state());
        assertEquals("is not valid JSON (line 4: unexpected end of the file; expected '}')",
                modules.get("broken").problem());
        assertEquals(State.OTHER_FORMAT, modules.get("future").state());
        assertEquals("was written by allocbudget 9.0.0 in report format 2; this plugin reads format 1",
                modules.get("future").problem());
    }

    @Test
    void aModuleOfAnotherJdkOrAnEarlierBuildIsShownAsSuch() {
        BuildReport report = report();
        Map<String, ModuleReport> modules = modules(report);
        assertEquals("17.0.15 (Debian)", report.java());
        assertTrue(report.otherJava(modules.get("legacy")));
        assertTrue(report.earlier(modules.get("legacy")));
        assertFalse(report.otherJava(modules.get("web")) || report.earlier(modules.get("web")));
        assertEquals(List.of("not in this build (left out by -pl or -rf)",
                "from an earlier build: written 2026-12-07T07:00:00Z, before this build started",
                "measured on Java 21.0.2 (Eclipse Adoptium); most modules on Java 17.0.15 (Debian)"),
                report.notes(modules.get("legacy")));
        assertEquals(List.of(), report.notes(modules.get("core")));
    }

    @Test
    void theSummaryNamesModulesWithoutResultsAndTheConsoleSaysWhatToDo() {
        BuildReport report = report();
        assertEquals("11 methods in 3 of 6 modules: 8 passed, 1 over budget, 1 regressed, 1 error; no report from"
                + " 1 module (parent); 2 reports unusable (broken, future)", AggregateText.summary(report));
        assertEquals("3 of 11 methods need attention", AggregateText.headline(report));
        List<String> warnings = AggregateText.warnings(report);
        assertEquals(3, warnings.size(), warnings.toString());
        assertEquals("allocbudget: report-aggregate left out module broken: "
                + root.resolve("broken/target/allocbudget/report.json") + " is not valid JSON (line 4: unexpected end"
                + " of the file; expected '}'). Build the module again with this plugin (mvn verify -pl broken) to"
                + " write it anew.",
                warnings.get(0));
        assertTrue(warnings.get(2).startsWith("allocbudget: report-aggregate: module legacy: not in this build"),
                warnings.get(2));
    }

    @Test
    void allPassedIsNeverSaidWithoutTheModulesThatHadNoResults() throws Exception {
        sources.removeIf(s -> !s.name().equals("core") && !s.name().equals("parent"));
        BuildReport report = report();
        assertEquals("All 2 methods passed in 1 of 2 modules", AggregateText.headline(report));
        assertTrue(AggregateText.summary(report).endsWith("; no report from 1 module (parent)"));
        sources.removeIf(s -> s.name().equals("core"));
        assertEquals("No module has results", AggregateText.headline(report()));
        assertFalse(AggregateText.good(report()));
    }

    @Test
    void aReportOfAnotherPluginVersionInTheSameFormatIsMergedAndSaidSo() throws Exception {
        sources.clear();
        Environment older = new Environment("17.0.15", "Debian", "OpenJDK 64-Bit Server VM", "G1", "0.0.9");
        build.module("old", "old", JsonReport.render(SampleBuild.outcome(older, "RouterBudget#staticRoute")), true);
        build.module("core", "core", JsonReport.render(SampleBuild.outcome(SampleBuild.JDK17,
                "RouterBudget#staticRoute")), true);
        BuildReport report = report();
        ModuleReport old = modules(report).get("old");
        assertEquals(State.READ, old.state());
        assertEquals(2, report.methods().size());
        assertEquals(List.of("written by allocbudget 0.0.9, not 0.1.0-SNAPSHOT"), report.notes(old));
        assertEquals(List.of("allocbudget: report-aggregate: module old: written by allocbudget 0.0.9, not"
                + " 0.1.0-SNAPSHOT."), AggregateText.warnings(report));
    }

    @Test
    void theGoalRunAfterTheBuildSetsNoModuleApartForBeingEarlierButSaysSo() throws Exception {
        for (ModuleSource source : sources) {
            if (Files.exists(source.reportFile())) {
                Files.setLastModifiedTime(source.reportFile(),
                        FileTime.from(SampleBuild.BUILD_START.minusSeconds(600)));
            }
        }
        BuildReport report = report();
        assertFalse(report.checkedInThisBuild());
        assertTrue(report.modules().stream().noneMatch(report::earlier));
        assertEquals(List.of("not in this build (left out by -pl or -rf)",
                "measured on Java 21.0.2 (Eclipse Adoptium); most modules on Java 17.0.15 (Debian)"),
                report.notes(modules(report).get("legacy")));
        assertTrue(AggregateText.summary(report).contains("; no module was checked in this build: the reports are"
                + " from earlier ones;"), AggregateText.summary(report));
    }

    @Test
    void jsonKeepsEachMethodAsItsModuleWroteItWithItsModuleInFront() throws Exception {
        BuildReport report = report();
        Node json = JsonReader.parse(AggregateJson.render(report, root), "aggregate");
        assertEquals(JsonReport.FORMAT_VERSION, json.get("formatVersion").asNumber().intValue());
        List<Node> methods = json.get("methods").list();
        assertEquals(11, methods.size());
        for (int i = 0; i < methods.size(); i++) {
            ModuleMethod expected = report.methods().get(i);
            Map<String, Node> fields = new LinkedHashMap<>(methods.get(i).map());
            assertEquals(expected.module().name(), fields.remove("module").asString());
            assertEquals(expected.module().source().path(), fields.remove("modulePath").asString());
            assertEquals(JsonTree.write(expected.json()), JsonTree.write(new Node(fields, 0)));
        }
        Map<String, Node> modules = json.get("modules").list().stream()
                .collect(Collectors.toMap(m -> m.get("module").asString(), Function.identity()));
        assertEquals("MISSING", modules.get("parent").get("state").asString());
        assertEquals("target/allocbudget/report.json", modules.get("parent").get("report").asString());
        assertEquals("libs/core/target/allocbudget/report.json", modules.get("core").get("report").asString());
        assertEquals("21.0.2", modules.get("legacy").get("environment").get("javaVersion").asString());
        assertEquals(Boolean.TRUE, modules.get("legacy").get("otherJava").value());
        assertEquals(Boolean.FALSE, modules.get("legacy").get("inThisBuild").value());
        assertEquals("is not valid JSON (line 4: unexpected end of the file; expected '}')",
                modules.get("broken").get("problem").asString());
        assertTrue(modules.get("broken").get("environment").isNull());
    }

    @Test
    void junitXmlHasASuiteForEveryModuleReadBackWithSurefiresParser() throws Exception {
        Path xml = root.resolve("aggregate.xml");
        Files.writeString(xml, AggregateJUnitXml.render(report()));
        // one suite per module, in the build's order, in a <testsuites> as Jenkins and GitLab read it
        org.w3c.dom.NodeList suiteElements = javax.xml.parsers.DocumentBuilderFactory.newInstance()
                .newDocumentBuilder().parse(xml.toFile()).getElementsByTagName("testsuite");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < suiteElements.getLength(); i++) {
            names.add(((org.w3c.dom.Element) suiteElements.item(i)).getAttribute("name"));
        }
        assertEquals(List.of("allocbudget.parent", "allocbudget.web", "allocbudget.core", "allocbudget.legacy",
                "allocbudget.broken", "allocbudget.future"), names);
        // Surefire's parser (which regroups the cases by class) reads every case and its outcome
        List<ReportTestSuite> suites = new TestSuiteXmlParser(new NullConsoleLogger()).parse(xml.toString());
        assertEquals(11 + 3, suites.stream().mapToInt(ReportTestSuite::getNumberOfTests).sum());
        assertEquals(2, suites.stream().mapToInt(ReportTestSuite::getNumberOfFailures).sum());
        assertEquals(1 + 2, suites.stream().mapToInt(ReportTestSuite::getNumberOfErrors).sum());
        assertEquals(1, suites.stream().mapToInt(ReportTestSuite::getNumberOfSkipped).sum());
        Map<String, ReportTestCase> cases = suites.stream().flatMap(s -> s.getTestCases().stream())
                .filter(c -> !c.getName().equals("report"))
                .collect(Collectors.toMap(c -> c.getFullName(), Function.identity(), (a, b) -> a));
        ReportTestCase lookup = cases.get(SampleOutcome.PKG + "RouteTableBudget.lookup");
        assertEquals("allocbudget.Regressed", lookup.getFailureType());
        assertTrue(lookup.getFailureMessage().startsWith(SampleOutcome.PKG + "RouteTableBudget#lookup"),
                lookup.getFailureMessage());
        assertEquals("allocbudget.OverBudget", cases.get("demo.ParamsBudget.bind").getFailureType());
        assertTrue(cases.get(SampleOutcome.PKG + "BrokenBudget$Inner.throwsOnCall").hasError());
    }

    @Test
    void markdownHasOneTableOfWhatNeedsAttentionAndFoldsThePasses() {
        String md = AggregateMarkdown.render(report(), "shop", Integer.MAX_VALUE);
        assertTrue(md.startsWith("### allocbudget: shop (6 modules)\n\n❌ 3 of 11 methods need attention: "), md);
        int details = md.indexOf("<details><summary>8 methods passed</summary>");
        assertTrue(details > 0, md);
        String attention = md.substring(0, details);
        assertEquals(1, attention.split("\\| \\| Module \\| Method", -1).length - 1, "one table before the fold");
        assertTrue(attention.indexOf("❌ **over budget** | web | `demo.ParamsBudget#bind`")
                < attention.indexOf("❌ **regressed** | web"), attention);
        assertTrue(attention.contains("> **legacy**: not in this build (left out by -pl or -rf); from an earlier"), md);
        assertTrue(attention.contains("> **broken**: is not valid JSON (line 4"), md);
        assertTrue(attention.contains("> No report (the check did not run here): `parent`"), md);
        // the method's message quotes markup, which GitHub must not read as HTML
        assertFalse(md.contains(SampleOutcome.SCRIPT_IN_MESSAGE));
        assertTrue(md.substring(details).contains("| ✅ improved | web | `" + SampleOutcome.PKG
                + "NaiveRouterBudget#dynamicRoute` | 520 | – | 584 | -64 B, -11% |"), md);
        assertTrue(md.endsWith("</details>\n"), md);
    }

    @Test
    void theJobSummaryIsCappedKeepingWhatNeedsAttentionFirstAndSaysSo() throws Exception {
        // a build of 60 modules with 40 methods each: far over the cap below
        sources.clear();
        CheckOutcome sample = SampleOutcome.outcome();
        for (int i = 0; i < 60; i++) {
            List<MethodResult> many = new ArrayList<>();
            for (int j = 0; j < 5; j++) {
                many.addAll(sample.results());
            }
            build.module("module-" + i, "m" + i,
                    JsonReport.render(new CheckOutcome(SampleBuild.JDK17, many, null, Duration.ZERO)), true);
        }
        BuildReport report = report();
        String full = AggregateMarkdown.render(report, "big", Integer.MAX_VALUE);
        int cap = 64 * 1024;
        assertTrue(full.getBytes(StandardCharsets.UTF_8).length > 4 * cap);
        String capped = AggregateMarkdown.render(report, "big", cap);
        assertTrue(capped.getBytes(StandardCharsets.UTF_8).length <= cap, "within the cap");
        assertTrue(capped.contains("rows and messages left out: this summary is capped at 64 KiB (GitHub takes at"
                + " most 1 MiB per step)"), capped.substring(capped.length() - 400));
        assertTrue(capped.contains("❌ **over budget** | module-0 |"), "violations first");
        assertFalse(capped.contains("✅"), "no pass made it under the cap before a violation");
        assertTrue(full.getBytes(StandardCharsets.UTF_8).length > AggregateMarkdown.STEP_SUMMARY_CAP);
        assertTrue(AggregateMarkdown.render(report, "big", AggregateMarkdown.STEP_SUMMARY_CAP)
                .getBytes(StandardCharsets.UTF_8).length <= AggregateMarkdown.STEP_SUMMARY_CAP);
    }

    @Test
    void htmlIsOnePageWithoutScriptsLinkingEachModulesOwnReport() throws Exception {
        Path out = root.resolve("target/allocbudget-aggregate");
        AggregateReports reports = new AggregateReports(root, "shop", out, null);
        Path page = reports.write(report());
        String html = Files.readString(page);
        assertTrue(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'\""));
        assertFalse(html.contains("<script"));
        assertTrue(html.contains("<h1 class=\"headline bad\">3 of 11 methods need attention</h1>"), html);
        assertTrue(html.contains("<a href=\"../../libs/core/target/allocbudget/report.html\">core</a>"), html);
        assertTrue(html.contains("<td>parent <span class=\"muted\">.</span></td><td>–</td><td>–</td><td>–</td>"
                + "</tr>\n"
                + "<tr class=\"aside\"><td colspan=\"4\">no report: the check did not run here</td></tr>"), html);
        for (String name : List.of("report.json", "report.md", "report.html", "TEST-allocbudget.xml")) {
            assertTrue(Files.isRegularFile(out.resolve(name)), name);
        }
        assertNull(reports.stepSummary());
    }

    @Test
    void theJobSummaryGetsOneSectionAppended() throws Exception {
        Path summary = root.resolve("summary.md");
        Files.writeString(summary, "earlier step\n");
        new AggregateReports(root, "shop", root.resolve("out"), summary).write(report());
        String text = Files.readString(summary);
        assertTrue(text.startsWith("earlier step\n### allocbudget: shop (6 modules)\n"), text);
        assertEquals(1, text.split("### allocbudget", -1).length - 1);
    }
}
