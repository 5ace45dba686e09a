package dev.allocbudget.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.allocbudget.core.model.SiteChange.Kind;
import dev.allocbudget.core.report.ConsoleText;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteChangeTest {
    private static final String VALUE_OF = "java.lang.Integer.valueOf(Integer.java:1081)";
    private static final String COPY_OF = "java.util.Arrays.copyOf(Arrays.java:3537)";

    private static AllocationSite boxAt(int line, double objects) {
        return new AllocationSite("java.lang.Integer", objects, 16 * objects,
                List.of(VALUE_OF, "com.acme.Codec.encode(Codec.java:" + line + ")", "com.acme.Budgets.encode(Budgets.java:9)"));
    }

    private static AllocationSite bytesAt(int line, double bytes) {
        return new AllocationSite("byte[]", 1, bytes, List.of(COPY_OF, "com.acme.Codec.grow(Codec.java:" + line + ")"));
    }

    private static List<String> texts(List<SiteChange> changes) {
        return changes.stream().map(ConsoleText::siteChange).toList();
    }

    @Test
    void newGrownShrunkAndGoneSitesBiggestFirst() {
        List<AllocationSite> before = List.of(bytesAt(70, 32), boxAt(42, 1),
                new AllocationSite("java.lang.String", 1, 24, List.of("com.acme.Codec.name(Codec.java:90)")));
        List<AllocationSite> after = List.of(bytesAt(70, 48), boxAt(42, 0.5),
                new AllocationSite("java.util.ArrayList", 1, 24, List.of("com.acme.Codec.list(Codec.java:95)")));
        List<SiteChange> changes = SiteChange.between(before, after);
        assertEquals(List.of(Kind.NEW, Kind.GONE, Kind.GREW, Kind.SHRANK), changes.stream().map(SiteChange::kind).toList());
        assertEquals(List.of(
                "+24 B/op, +1 obj/op: new java.util.ArrayList at Codec.list(Codec.java:95)",
                "-24 B/op, -1 obj/op: gone java.lang.String at Codec.name(Codec.java:90)",
                "+16 B/op, +0 obj/op: grown byte[] at Codec.grow(Codec.java:70) (in Arrays.copyOf), 32 -> 48 B/op",
                "-8 B/op, -0.5 obj/op: shrunk java.lang.Integer at Codec.encode(Codec.java:42) (in Integer.valueOf), 16 -> 8 B/op"),
                texts(changes));
    }

    @Test
    void theIssuesExampleReadsAsItAsks() {
        List<SiteChange> changes = SiteChange.between(List.of(bytesAt(70, 48)), List.of(bytesAt(70, 48), boxAt(42, 1.5)));
        assertEquals(List.of("+24 B/op, +1.5 obj/op: new java.lang.Integer at Codec.encode(Codec.java:42) (in Integer.valueOf)"),
                texts(changes));
    }

    /** An edit above a site moves its line: the same method, type and allocating call make it the same site. */
    @Test
    void aSiteWhoseLineMovedIsTheSameSite() {
        assertEquals(List.of(), SiteChange.between(List.of(boxAt(42, 1)), List.of(boxAt(45, 1))));
        List<SiteChange> grew = SiteChange.between(List.of(boxAt(42, 1)), List.of(boxAt(45, 2)));
        assertEquals(List.of(Kind.GREW), grew.stream().map(SiteChange::kind).toList());
        assertEquals("com.acme.Codec.encode(Codec.java:42)", grew.get(0).before().userLine());
        assertEquals("com.acme.Codec.encode(Codec.java:45)", grew.get(0).after().userLine());
    }

    /**
     * Two sites of one type in one method through the same call: those on unchanged lines pair first, then the
     * rest in line order; a third one is new.
     */
    @Test
    void sitesOfOneTypeInOneMethodPairOnTheirLinesThenInOrder() {
        List<AllocationSite> before = List.of(boxAt(42, 1), boxAt(50, 1));
        assertEquals(List.of(), SiteChange.between(before, List.of(boxAt(50, 1), boxAt(42, 1))));
        // a line added above both moves them by one: still the same two sites, in order
        assertEquals(List.of(), SiteChange.between(before, List.of(boxAt(43, 1), boxAt(51, 1))));
        List<SiteChange> third = SiteChange.between(before, List.of(boxAt(42, 1), boxAt(47, 1), boxAt(50, 1)));
        assertEquals(List.of(Kind.NEW), third.stream().map(SiteChange::kind).toList());
        assertEquals("com.acme.Codec.encode(Codec.java:47)", third.get(0).after().userLine());
    }

    @Test
    void anotherThreadOrAnotherTypeIsAnotherSite() {
        AllocationSite onPool = new AllocationSite("byte[]", 1, 32, bytesAt(70, 32).frames(), "pool-1-thread-1");
        List<SiteChange> moved = SiteChange.between(List.of(bytesAt(70, 32)), List.of(onPool));
        assertEquals(List.of(Kind.NEW, Kind.GONE), moved.stream().map(SiteChange::kind).toList());
        assertEquals("+32 B/op, +1 obj/op: new byte[] at Codec.grow(Codec.java:70) (in Arrays.copyOf) on thread pool-1-thread-1",
                ConsoleText.siteChange(moved.get(0)));
    }

    /** Per-call figures of a mean move in their last digits from run to run; that is no change. */
    @Test
    void smallMovesAreNoChange() {
        assertEquals(List.of(), SiteChange.between(List.of(bytesAt(70, 100)), List.of(bytesAt(70, 100.4))));
        assertEquals(List.of(), SiteChange.between(List.of(bytesAt(70, 40_000)), List.of(bytesAt(70, 40_300))),
                "under 1 % of a big site");
        assertEquals(List.of(Kind.GREW), SiteChange.between(List.of(bytesAt(70, 100)), List.of(bytesAt(70, 101)))
                .stream().map(SiteChange::kind).toList());
    }

    @Test
    void onlyARegressedOrImprovedMethodWithExactSitesOnBothSidesHasChanges() {
        BaselineEntry recorded = new BaselineEntry(16, 1.0, null, null, List.of(boxAt(42, 1)));
        ObjectCount exact = new ObjectCount(2.0, null, List.of(boxAt(42, 1), bytesAt(70, 16)), ObjectCount.AGENT);
        Figure figure = new Figure(32, exact, null);
        assertEquals(List.of(Kind.NEW), result(figure, BaselineComparison.Status.REGRESSED, recorded).siteChanges()
                .stream().map(SiteChange::kind).toList());
        assertNull(result(figure, BaselineComparison.Status.SAME, recorded).siteChanges());
        assertNull(result(figure, BaselineComparison.Status.REGRESSED, new BaselineEntry(16, 1.0, null)).siteChanges(),
                "a baseline recorded without sites");
        Figure uncounted = new Figure(32, ObjectCount.unavailable(new ObjectCount.Uncounted.Said("no agent")), null);
        assertNull(result(uncounted, BaselineComparison.Status.REGRESSED, recorded).siteChanges(), "objects not counted");
    }

    private static MethodResult result(Figure figure, BaselineComparison.Status status, BaselineEntry entry) {
        return new MethodResult.Measured(dev.allocbudget.runner.protocol.MethodId.parse("com.acme.Budgets#encode"),
                new Budget(null, null), figure, List.of(figure), new BaselineComparison(status, entry),
                List.of(), List.of(), null, java.time.Duration.ZERO);
    }
}
