package dev.allocbudget.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.allocbudget.core.model.FoldedStacks.Change;
import dev.allocbudget.core.model.FoldedStacks.Weight;
import dev.allocbudget.runner.protocol.Event;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FoldedStacksTest {
    private static final String VALUE_OF = "java.lang.Integer.valueOf(Integer.java:1081)";
    private static final String BOXED = "demo.Ids.boxed(Ids.java:8)";
    private static final String RUN = "demo.Ids.run(Ids.java:3)";

    @Test
    void aPathIsRootFirstAndEndsWithTheAllocatedType() {
        FoldedStacks folded = FoldedStacks.of(List.of(
                new AllocationSite("java.lang.Integer", 1, 16, List.of(VALUE_OF, BOXED, RUN))));
        assertEquals(Map.of(List.of(RUN, BOXED, VALUE_OF, "java.lang.Integer"), new Weight(16, 1)), folded.paths());
    }

    @Test
    void anotherThreadsStackStartsWithItsThreadAndACutStackWithTheMarker() {
        FoldedStacks folded = FoldedStacks.of(List.of(
                new AllocationSite("byte[]", 2, 48, List.of(BOXED, Event.Site.TRUNCATED)),
                new AllocationSite("byte[]", 1, 24, List.of(BOXED, RUN), "pool-1-thread-1")));
        assertEquals(List.of(List.of(Event.Site.TRUNCATED, BOXED, "byte[]"),
                List.of("[thread pool-1-thread-1]", RUN, BOXED, "byte[]")), List.copyOf(folded.paths().keySet()));
        assertEquals(1, folded.truncated());
    }

    @Test
    void stacksThatFoldToOnePathAddUpAndTheBiggestComesFirst() {
        FoldedStacks folded = FoldedStacks.of(List.of(
                new AllocationSite("java.lang.Object", 1, 16, List.of(RUN)),
                new AllocationSite("java.lang.Integer", 1, 16, List.of(VALUE_OF, BOXED)),
                new AllocationSite("java.lang.Integer", 0.5, 8, List.of(VALUE_OF, BOXED))));
        assertEquals(List.of(Map.entry(List.of(BOXED, VALUE_OF, "java.lang.Integer"), new Weight(24, 1.5)),
                Map.entry(List.of(RUN, "java.lang.Object"), new Weight(16, 1))),
                List.copyOf(folded.paths().entrySet()));
    }

    /** New, grown, shrunk, gone and unchanged paths; a line moved by an edit is one path gone and one new. */
    @Test
    void theDiffPairsEveryPathOfEitherSide() {
        FoldedStacks before = FoldedStacks.of(List.of(
                new AllocationSite("java.lang.Integer", 1, 16, List.of(VALUE_OF, BOXED)),
                new AllocationSite("byte[]", 1, 64, List.of("demo.Ids.grow(Ids.java:20)")),
                new AllocationSite("byte[]", 1, 32, List.of("demo.Ids.shrink(Ids.java:30)")),
                new AllocationSite("java.lang.Object", 1, 16, List.of("demo.Ids.moved(Ids.java:40)"))));
        FoldedStacks after = FoldedStacks.of(List.of(
                new AllocationSite("java.lang.Integer", 1, 16, List.of(VALUE_OF, BOXED)),
                new AllocationSite("byte[]", 1, 128, List.of("demo.Ids.grow(Ids.java:20)")),
                new AllocationSite("byte[]", 1, 16, List.of("demo.Ids.shrink(Ids.java:30)")),
                new AllocationSite("java.lang.Object", 1, 16, List.of("demo.Ids.moved(Ids.java:41)")),
                new AllocationSite("java.lang.String", 1, 24, List.of("demo.Ids.added(Ids.java:50)"))));
        Map<List<String>, Change> diff = FoldedStacks.diff(before, after);
        assertEquals(new Change(new Weight(64, 1), new Weight(128, 1)),
                diff.get(List.of("demo.Ids.grow(Ids.java:20)", "byte[]")));
        assertEquals(-16, diff.get(List.of("demo.Ids.shrink(Ids.java:30)", "byte[]")).bytesDelta());
        assertEquals(new Change(Weight.NONE, new Weight(24, 1)),
                diff.get(List.of("demo.Ids.added(Ids.java:50)", "java.lang.String")));
        assertEquals(new Change(new Weight(16, 1), Weight.NONE),
                diff.get(List.of("demo.Ids.moved(Ids.java:40)", "java.lang.Object")));
        assertEquals(new Change(Weight.NONE, new Weight(16, 1)),
                diff.get(List.of("demo.Ids.moved(Ids.java:41)", "java.lang.Object")));
        assertEquals(0, diff.get(List.of(BOXED, VALUE_OF, "java.lang.Integer")).bytesDelta());
        assertEquals(6, diff.size());
    }

    @Test
    void aCutStacksMarkerIsNoUserFrame() {
        AllocationSite cut = new AllocationSite("byte[]", 1, 16,
                List.of("java.util.Arrays.copyOf(Arrays.java:3537)", Event.Site.TRUNCATED));
        assertEquals(-1, cut.firstUserFrame());
        assertEquals(true, cut.truncated());
    }

    @Test
    void aCountKeepsEveryStackAndMergesTheSitesUsersRead() {
        List<AllocationSite> stacks = List.of(
                new AllocationSite("java.lang.Integer", 1, 16, List.of(VALUE_OF, BOXED, RUN)),
                new AllocationSite("java.lang.Integer", 1, 16, List.of(VALUE_OF, BOXED, "demo.Ids.other(Ids.java:5)")));
        ObjectCount count = ObjectCount.counted(2, stacks, "jvmti-agent");
        assertEquals(stacks, count.stacks());
        assertEquals(AllocationSite.merged(stacks), count.sites());
        assertEquals(1, count.sites().size());
        assertEquals(ObjectCount.StackCoverage.EXACT, count.stackCoverage());
    }
}
