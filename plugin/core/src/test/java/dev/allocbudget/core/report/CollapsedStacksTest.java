package dev.allocbudget.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.core.model.AllocationSite;
import dev.allocbudget.core.model.Budget;
import dev.allocbudget.core.model.CheckOutcome;
import dev.allocbudget.core.model.FoldedStacks;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.ObjectCount;
import dev.allocbudget.core.model.Results;
import dev.allocbudget.core.model.SampleOutcome;
import dev.allocbudget.runner.protocol.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollapsedStacksTest {
    private static final String VALUE_OF = "java.lang.Integer.valueOf(Integer.java:1081)";
    private static final String BOXED = "demo.Ids.boxed(Unknown Source)";

    @TempDir
    Path tmp;

    static MethodResult withStacks(String id, AllocationSite... stacks) {
        ObjectCount objects = ObjectCount.counted(stacks.length, List.of(stacks), "jvmti-agent");
        return Results.measured(id, Results.figure(List.of(stacks).stream().mapToDouble(AllocationSite::bytesPerOp)
                .sum(), objects, null), Budget.NONE, null, List.of(), Duration.ZERO);
    }

    static CheckOutcome outcome(MethodResult... results) {
        return new CheckOutcome(SampleOutcome.outcome().environment(), List.of(results), null, Duration.ZERO);
    }

    @Test
    void oneLinePerPathRootFirstWithTheTypeAsLeafAndWholeBytesPerCall() {
        String lines = CollapsedStacks.lines(FoldedStacks.of(List.of(
                new AllocationSite("java.lang.Integer", 1, 16, List.of(VALUE_OF, BOXED)),
                new AllocationSite("byte[]", 0.25, 2.4, List.of(BOXED, Event.Site.TRUNCATED)),
                new AllocationSite("java.lang.Object", 0.01, 0.16, List.of(BOXED)))));
        // a frame's own spaces stay: readers split the count off at the last space
        assertEquals("""
                demo.Ids.boxed(Unknown Source);java.lang.Integer.valueOf(Integer.java:1081);java.lang.Integer 16
                [truncated];demo.Ids.boxed(Unknown Source);byte[] 2
                demo.Ids.boxed(Unknown Source);java.lang.Object 1
                """, lines, "0.16 B per call is written as 1: no allocation disappears");
    }

    @Test
    void aSeparatorOrLineBreakInAThreadsNameCannotSplitAFrame() {
        String lines = CollapsedStacks.lines(FoldedStacks.of(List.of(
                new AllocationSite("byte[]", 1, 24, List.of(BOXED), "worker;1\nnext"))));
        assertEquals("[thread worker,1 next];demo.Ids.boxed(Unknown Source);byte[] 24\n", lines);
    }

    @Test
    void theDiffIsWrittenAsDifffoldedDoes() {
        FoldedStacks before = FoldedStacks.of(List.of(new AllocationSite("byte[]", 1, 64, List.of(BOXED))));
        FoldedStacks after = FoldedStacks.of(List.of(new AllocationSite("byte[]", 1, 128, List.of(BOXED)),
                new AllocationSite("java.lang.Integer", 1, 16, List.of(VALUE_OF, BOXED))));
        assertEquals("""
                demo.Ids.boxed(Unknown Source);byte[] 64 128
                demo.Ids.boxed(Unknown Source);java.lang.Integer.valueOf(Integer.java:1081);java.lang.Integer 0 16
                """, CollapsedStacks.diffLines(FoldedStacks.diff(before, after)));
    }

    @Test
    void fileNamesAreSafeOnEveryOsSayExactAndDifferForIdsThatDifferOnlyInCaseOrAReplacedCharacter() {
        AllocationSite site = new AllocationSite("byte[]", 1, 16, List.of(BOXED));
        String param = CollapsedStacks.file(withStacks("demo.Codec#encode[kind=a/b c:\"d\"*]", site));
        assertTrue(param.matches("flame/demo\\.Codec_encode_kind_a_b_c__d___-[0-9a-f]{8}\\.exact\\.collapsed"), param);
        assertNotEquals(CollapsedStacks.file(withStacks("demo.Codec#encode", site)),
                CollapsedStacks.file(withStacks("demo.codec#encode", site)));
        assertNotEquals(CollapsedStacks.file(withStacks("demo.Codec#a[x=1]", site)),
                CollapsedStacks.file(withStacks("demo.Codec#a[x_1]", site)));
        String longId = "demo." + "VeryLongName".repeat(20) + "#m";
        assertTrue(CollapsedStacks.file(withStacks(longId, site)).length() < 120);
        assertNull(CollapsedStacks.file(Results.pass("demo.Codec#none", 0, Budget.NONE)), "no stacks, no file");
    }

    @Test
    void eachMethodWithStacksGetsItsFileAndFilesOfAnEarlierCheckGo() throws Exception {
        Path stale = tmp.resolve("flame/demo.Gone_m-00000000.exact.collapsed");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "old;frame 1\n");
        MethodResult r = withStacks("demo.Ids#boxed", new AllocationSite("java.lang.Integer", 1, 16,
                List.of(VALUE_OF, BOXED)));
        CheckOutcome outcome = outcome(r, Results.pass("demo.Ids#none", 0, Budget.NONE));
        CollapsedStacks.write(outcome, tmp);
        assertFalse(Files.exists(stale));
        Path file = tmp.resolve(CollapsedStacks.file(r));
        assertEquals(BOXED + ";" + VALUE_OF + ";java.lang.Integer 16\n", Files.readString(file));
        try (var files = Files.list(tmp.resolve("flame"))) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void theReportsJsonSaysWhereAMethodsStacksAreAndHowFarToTrustThem() {
        MethodResult r = withStacks("demo.Ids#boxed", new AllocationSite("java.lang.Integer", 1, 16,
                List.of(VALUE_OF, BOXED)), new AllocationSite("byte[]", 1, 24, List.of(BOXED, Event.Site.TRUNCATED)));
        String json = JsonReport.render(outcome(r));
        assertTrue(json.contains("\"flame\": {\"file\": \"" + CollapsedStacks.file(r)
                + "\", \"stacks\": \"exact\", \"count\": 2, \"truncated\": 1}}"), json);
    }

    /** The page's data: each frame's text once, stacks as indexes; a differential graph carries both weights. */
    @Test
    void theFlameGraphsDataHoldsEachFrameOnceAndBothSidesOfADiff() {
        FoldedStacks after = FoldedStacks.of(List.of(new AllocationSite("byte[]", 1, 128, List.of(BOXED)),
                new AllocationSite("java.lang.Integer", 1, 16, List.of(VALUE_OF, BOXED))));
        assertEquals("{\"diff\": false, \"frames\": [\"demo.Ids.boxed(Unknown Source)\", \"byte[]\", \"" + VALUE_OF
                + "\", \"java.lang.Integer\"], \"stacks\": [[128, 1, 0, 1], [16, 1, 0, 2, 3]]}",
                HtmlFlameGraph.data(after, null));
        FoldedStacks before = FoldedStacks.of(List.of(new AllocationSite("byte[]", 2, 64, List.of(BOXED))));
        assertEquals("{\"diff\": true, \"frames\": [\"demo.Ids.boxed(Unknown Source)\", \"byte[]\", \"" + VALUE_OF
                + "\", \"java.lang.Integer\"], \"stacks\": [[128, 1, 64, 2, 0, 1], [16, 1, 0, 0, 0, 2, 3]]}",
                HtmlFlameGraph.data(after, before));
    }
}
