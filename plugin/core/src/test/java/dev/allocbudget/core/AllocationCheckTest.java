package dev.allocbudget.core;

import dev.allocbudget.core.model.BaselineComparison;
import dev.allocbudget.core.io.Figures;
import dev.allocbudget.core.model.AllocBudgetException;
import dev.allocbudget.core.model.AllocationSite;
import dev.allocbudget.core.model.BaselineEntry;
import dev.allocbudget.core.model.CheckListener;
import dev.allocbudget.core.model.CheckOutcome;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.Verdict;
import dev.allocbudget.core.report.ResultText;
import dev.allocbudget.runner.protocol.MethodId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.allocbudget.core.baseline.Baseline;
import dev.allocbudget.core.baseline.BaselineFile;
import dev.allocbudget.core.fixtures.EscapeAnalysis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs real forked JVMs on the fixtures in {@code dev.allocbudget.core.fixtures}. */
class AllocationCheckTest {
    private static final Path TEST_CLASSES = TestPaths.codeSource(EscapeAnalysis.class);

    @TempDir
    Path reportDir;

    private CheckOutcome check(String include, Duration forkTimeout, Duration settleTimeout) throws Exception {
        return new AllocationCheck(request(List.of(include), forkTimeout, settleTimeout), new CheckListener() {}).run();
    }

    private CheckRequest request(List<String> includes, Duration forkTimeout, Duration settleTimeout)
            throws AllocBudgetException {
        return CheckRequest.builder().compileOrders("one").projectDir(reportDir).testClassesDir(TEST_CLASSES)
                .classpath(List.of(TEST_CLASSES)).includes(includes).forkTimeout(forkTimeout)
                .settleTimeout(settleTimeout).reportDir(reportDir).pluginVersion("test").build();
    }

    private CheckOutcome check(String include) throws Exception {
        return check(include, CheckRequest.DEFAULT_FORK_TIMEOUT, CheckRequest.DEFAULT_SETTLE_TIMEOUT);
    }

    private static MethodResult only(CheckOutcome outcome) {
        assertEquals(1, outcome.results().size(), outcome.results().toString());
        return outcome.results().get(0);
    }

    @Test
    void figuresAreExactAndFaithfulToEscapeAnalysis() throws Exception {
        CheckOutcome outcome = check("*.EscapeAnalysis#*");
        Map<String, Double> figures = new LinkedHashMap<>();
        outcome.results().forEach(r -> figures.put(r.id().method(), r.bytesPerOp()));
        Map<String, Double> expected = Map.of("empty", 0.0, "byteArrayLocal", 0.0, "valueOfLarge", 16.0,
                "valueOfSmall", 0.0, "varargs", 0.0, "forEachList", 0.0, "sbConcat", 48.0,
                "primitiveOutsideIntegerCache", 0.0);
        assertEquals(expected, figures);
        assertEquals(outcome.results().size(), outcome.with(Verdict.PASS).size());
        assertTrue(Files.readString(reportDir.resolve("report.json"))
                .contains("{\"id\": \"dev.allocbudget.core.fixtures.EscapeAnalysis#valueOfLarge\", \"bytesPerOp\": 16, "));
    }

    @Test
    void aViolationIsConfirmedInASecondForkBeforeItFails() throws Exception {
        MethodResult r = only(check("*OverBudget#boxes"));
        assertEquals(Verdict.FAIL, r.verdict());
        assertEquals(16.0, r.bytesPerOp());
        assertEquals("dev.allocbudget.core.fixtures.OverBudget#boxes: bytes/op is 16, but budget is 8", ResultText.withId(r));
        try (Stream<Path> forks = Files.list(reportDir.resolve("forks"))) {
            assertEquals(2, forks.filter(p -> p.toString().endsWith("-measure.events")).count());
        }
    }

    /** The line of the fixture source that carries {@code // site:name}. */
    private static int line(String name) throws Exception {
        List<String> source = Files.readAllLines(Path.of("src/test/java/dev/allocbudget/core/fixtures/Allocations.java"));
        for (int i = 0; i < source.size(); i++) {
            if (source.get(i).endsWith("// site:" + name)) return i + 1;
        }
        throw new AssertionError("no marker " + name);
    }

    private static String site(AllocationSite s) {
        return Figures.number(s.objectsPerOp()) + " x " + s.type() + " " + Figures.number(s.bytesPerOp()) + " B at "
                + s.frames().get(s.firstUserFrame());
    }

    @Test
    void objectsAndSitesAreExactWithEscapeAnalysisUntouched() throws Exception {
        boolean agentBuilt = dev.allocbudget.runner.ForkedMain.class.getResource("native/linux-x86_64/liballocbudget.so") != null;
        // CI builds the agent and sets ALLOCBUDGET_REQUIRE_NATIVE_AGENT: there, a missing agent fails the test
        assertTrue(agentBuilt || System.getenv("ALLOCBUDGET_REQUIRE_NATIVE_AGENT") == null,
                "ALLOCBUDGET_REQUIRE_NATIVE_AGENT is set, but " + "the native object counter was not built (Linux x86-64 with gcc only)");
        assumeTrue(agentBuilt, "the native object counter was not built (Linux x86-64 with gcc only)");
        CheckOutcome outcome = check("*.Allocations#*");
        Map<String, MethodResult> byName = new LinkedHashMap<>();
        outcome.results().forEach(r -> byName.put(r.id().method(), r));
        String at = "dev.allocbudget.core.fixtures.Allocations.";
        assertEquals(List.of("1 x int[] 48 B at " + at + "intArray(Allocations.java:" + line("intArray") + ")"),
                byName.get("intArray").objects().sites().stream().map(AllocationCheckTest::site).toList());
        assertEquals(List.of("1 x java.lang.Integer 16 B at " + at + "boxed(Allocations.java:" + line("boxed") + ")"),
                byName.get("boxed").objects().sites().stream().map(AllocationCheckTest::site).toList());
        assertEquals("java.lang.Integer.valueOf", byName.get("boxed").objects().sites().get(0).frames().get(0)
                .replaceAll("\\(.*", ""), "the JDK frame that allocates comes first");
        assertEquals(List.of("1 x byte[] 24 B at " + at + "concat(Allocations.java:" + line("concat") + ")",
                        "1 x java.lang.String 24 B at " + at + "concat(Allocations.java:" + line("concat") + ")"),
                byName.get("concat").objects().sites().stream().map(AllocationCheckTest::site).sorted().toList());
        assertEquals(List.of("1 x java.util.HashMap$Node 32 B at " + at + "hashMapInsert(Allocations.java:"
                        + line("hashMapInsert") + ")"),
                byName.get("hashMapInsert").objects().sites().stream().map(AllocationCheckTest::site).toList());
        assertEquals(1, byName.get("capturedLambda").objects().sites().size());
        assertTrue(site(byName.get("capturedLambda").objects().sites().get(0))
                .endsWith(" 16 B at " + at + "capturedLambda(Allocations.java:" + line("capturedLambda") + ")"));
        assertEquals(0.0, byName.get("localOnly").objects().perOp());
        assertEquals(List.of(), byName.get("localOnly").objects().sites());
        for (String name : List.of("intArray", "boxed", "concat", "hashMapInsert", "capturedLambda", "localOnly")) {
            MethodResult r = byName.get(name);
            assertEquals(Verdict.PASS, r.verdict(), r.toString());
            double siteBytes = r.objects().sites().stream().mapToDouble(AllocationSite::bytesPerOp).sum();
            assertEquals(r.bytesPerOp(), siteBytes, "the sites add up to bytes/op: " + r);
        }
        MethodResult over = byName.get("overObjectsBudget");
        assertEquals(Verdict.FAIL, over.verdict());
        assertEquals("dev.allocbudget.core.fixtures.Allocations#overObjectsBudget: objects/op is 2, but budget is 1",
                ResultText.withId(over));
    }

    @Test
    void aMethodThatThrowsIsAnErrorWithTheExceptionAndItsFrames() throws Exception {
        MethodResult r = only(check("*Faults#throwsAfterAWhile"));
        assertEquals(Verdict.ERROR, r.verdict());
        assertNull(r.bytesPerOp());
        assertTrue(ResultText.withId(r).startsWith("dev.allocbudget.core.fixtures.Faults#throwsAfterAWhile: the method threw "
                + "java.lang.IllegalStateException: boom\n\tat dev.allocbudget.core.fixtures.Faults.throwsAfterAWhile("),
                ResultText.withId(r));
    }

    @Test
    void aFailingStaticInitialiserIsAnErrorThatSaysSo() throws Exception {
        MethodResult r = only(check("*StaticInitFails#run"));
        assertEquals(Verdict.ERROR, r.verdict());
        assertTrue(ResultText.withId(r).startsWith("dev.allocbudget.core.fixtures.StaticInitFails#run: the static initialiser of "
                + "dev.allocbudget.core.fixtures.StaticInitFails threw java.lang.NumberFormatException: For input string:"
                + " \"not a number\""), ResultText.withId(r));
    }

    @Test
    void systemExitIsReportedWithTheExitCodeAndStderr() throws Exception {
        MethodResult r = only(check("*Faults#exits"));
        assertEquals(Verdict.ERROR, r.verdict());
        assertTrue(ResultText.withId(r).startsWith("dev.allocbudget.core.fixtures.Faults#exits: the forked JVM exited with code 7"
                + " before reporting\nlast lines of its stderr:\nabout to exit\nfork logs: "), ResultText.withId(r));
    }

    @Test
    void aHangingMethodIsKilledAfterTheForkTimeout() throws Exception {
        MethodResult r = only(check("*Faults#hangs", Duration.ofSeconds(2), CheckRequest.DEFAULT_SETTLE_TIMEOUT));
        assertEquals(Verdict.ERROR, r.verdict());
        assertTrue(ResultText.withId(r).contains("did not finish within 2 s and was killed"), ResultText.withId(r));
        assertTrue(r.elapsed().toMillis() < 10_000, "killed promptly: " + r.elapsed());
    }

    @Test
    void aFigureThatNeverSettlesIsAnErrorWithTheLastWindows() throws Exception {
        MethodResult r = only(check("*Faults#neverSettles", CheckRequest.DEFAULT_FORK_TIMEOUT, Duration.ofSeconds(1)));
        assertEquals(Verdict.ERROR, r.verdict());
        assertNull(r.bytesPerOp());
        assertTrue(ResultText.withId(r).matches("(?s).*bytes/op grows without bound: each window allocated more than the last"
                + " \\(\\d+ B / \\d+ calls, \\d+ B / \\d+ calls.*"), ResultText.withId(r));
    }

    @Test
    void aWrongShapeIsAnErrorWithoutAFork() throws Exception {
        MethodResult r = only(check("*Faults#wrongShape"));
        assertEquals(Verdict.ERROR, r.verdict());
        assertEquals("dev.allocbudget.core.fixtures.Faults#wrongShape: method is static; budget methods are instance "
                + "methods (the fields of their class are the state)", ResultText.withId(r));
        try (Stream<Path> forks = Files.list(reportDir.resolve("forks"))) {
            assertEquals(0, forks.filter(p -> p.toString().endsWith("-measure.events")).count());
        }
    }

    @Test
    void includesThatMatchNothingFailWithTheClosestIds() throws Exception {
        AllocBudgetException e = assertThrows(AllocBudgetException.class, () -> check("*OverBudjet#boxes"));
        assertTrue(e.getMessage().startsWith("allocbudget: no budget method matches allocbudget.includes="
                + "*OverBudjet#boxes among the "), e.getMessage());
        assertTrue(e.getMessage().contains("The closest: dev.allocbudget.core.fixtures.OverBudget#boxes, "),
                e.getMessage());
        assertTrue(e.getMessage().contains("-Dallocbudget.failIfNoMethods=false"), e.getMessage());
    }

    @Test
    void withoutFailIfNoMethodsNoMatchingMethodsIsAnEmptyOutcomeWithAnEmptyReport() throws Exception {
        CheckRequest request = CheckRequest.builder().compileOrders("one").projectDir(reportDir).testClassesDir(TEST_CLASSES)
                .classpath(List.of(TEST_CLASSES)).includes(List.of("nothing.matches#this")).failIfNoMethods(false)
                .reportDir(reportDir).pluginVersion("test").build();
        CheckOutcome outcome = new AllocationCheck(request, new CheckListener() {}).run();
        assertTrue(outcome.results().isEmpty());
        assertTrue(Files.readString(reportDir.resolve("report.json")).contains("\"methods\": []"));
    }

    @Test
    void aBudgetClassCompiledForANewerJavaIsAnErrorThatNamesBothVersions() throws Exception {
        String name = "dev/allocbudget/core/fixtures/OverBudget.class";
        Path classes = reportDir.resolve("newer-classes");
        Files.createDirectories(classes.resolve(name).getParent());
        byte[] bytes = Files.readAllBytes(TEST_CLASSES.resolve(name));
        int newer = Runtime.version().feature() + 1;
        bytes[6] = (byte) ((newer + 44) >> 8); // the class file's major version
        bytes[7] = (byte) (newer + 44);
        Files.write(classes.resolve(name), bytes);
        CheckRequest request = CheckRequest.builder().compileOrders("one").projectDir(reportDir).testClassesDir(classes)
                .classpath(List.of(classes)).reportDir(reportDir).pluginVersion("test").build();
        MethodResult r = only(new AllocationCheck(request, new CheckListener() {}).run());
        assertEquals(Verdict.ERROR, r.verdict());
        assertEquals("dev.allocbudget.core.fixtures.OverBudget#*", r.id().toString());
        assertTrue(ResultText.withId(r).startsWith("dev.allocbudget.core.fixtures.OverBudget#*: the class is compiled for Java "
                + newer + " (class file version " + (newer + 44) + "), and the forks run on Java "
                + Runtime.version().feature() + " ("), ResultText.withId(r));
        assertTrue(ResultText.withId(r).contains("<jdkToolchain><version>" + newer + "</version></jdkToolchain>"),
                ResultText.withId(r));
    }

    @Test
    void missingTestClassesSayWhatToRun() throws Exception {
        CheckRequest request = CheckRequest.builder().compileOrders("one").projectDir(reportDir)
                .testClassesDir(reportDir.resolve("test-classes")).reportDir(reportDir).pluginVersion("test").build();
        AllocBudgetException e = assertThrows(AllocBudgetException.class,
                () -> new AllocationCheck(request, new CheckListener() {}).run());
        assertTrue(e.getMessage().contains("Run 'mvn test-compile' first"), e.getMessage());
    }

    @Test
    void aBaselineIsComparedInRealForksAndEveryReportIsWritten() throws Exception {
        String at = "dev.allocbudget.core.fixtures.Allocations#";
        BaselineFile.write(reportDir.resolve(BaselineFile.DEFAULT_NAME), Baseline.EMPTY.with(
                String.valueOf(Runtime.version().feature()), new Baseline.Section(null, new java.util.TreeMap<>(Map.of(
                        MethodId.parse(at + "intArray"), new BaselineEntry(32, 1.0, "was smaller"),
                        MethodId.parse(at + "boxed"), new BaselineEntry(24, 1.0, null),
                        MethodId.parse(at + "gone"), new BaselineEntry(0, 0.0, null))))));
        CheckOutcome outcome = new AllocationCheck(request(List.of("*Allocations#intArray", "*Allocations#boxed",
                "*Allocations#localOnly"), CheckRequest.DEFAULT_FORK_TIMEOUT, CheckRequest.DEFAULT_SETTLE_TIMEOUT),
                new CheckListener() {}).run();
        Map<String, MethodResult> byName = new LinkedHashMap<>();
        outcome.results().forEach(r -> byName.put(r.id().method(), r));
        MethodResult regressed = byName.get("intArray");
        assertEquals(Verdict.REGRESSED, regressed.verdict(), regressed.toString());
        assertEquals(at + "intArray: bytes/op is 48, but baseline is 32 (+16 B, +50%)", ResultText.withId(regressed));
        MethodResult improved = byName.get("boxed");
        assertEquals(Verdict.PASS, improved.verdict());
        assertEquals(BaselineComparison.Status.IMPROVED, improved.baseline().status());
        assertEquals(BaselineComparison.Status.NEW, byName.get("localOnly").baseline().status());
        assertEquals(List.of(at + "gone"), outcome.baseline().stale());
        try (Stream<Path> forks = Files.list(reportDir.resolve("forks"))) {
            assertEquals(5, forks.filter(p -> p.toString().endsWith("-measure.events")).count(),
                    "a regression and an improvement are each confirmed by a second fork; a new method needs one");
        }
        for (String report : List.of("report.json", "TEST-allocbudget.xml", "report.md", "report.html")) {
            // every report of the one run: the regression with its figures, and the new method
            String text = Files.readString(reportDir.resolve(report)).replace("<wbr>", ""); // HTML's break points
            assertTrue(text.contains("intArray: bytes/op is 48, but baseline is 32 (+16 B, +50%)"), report + ": " + text);
            assertTrue(text.contains("localOnly"), report + ": " + text);
        }
        assertTrue(Files.readString(reportDir.resolve("report.json")).contains("\"staleEntries\": [\"" + at + "gone\"]"));
    }
}
