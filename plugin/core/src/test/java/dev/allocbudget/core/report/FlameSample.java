package dev.allocbudget.core.report;

import dev.allocbudget.core.model.AllocationSite;
import dev.allocbudget.core.model.CheckOutcome;
import dev.allocbudget.core.model.FoldedStacks;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.SampleOutcome;
import dev.allocbudget.runner.protocol.Event;
import java.util.ArrayList;
import java.util.List;

/** Methods whose stacks were kept, for the flame graph's tests in the browser: one site, two, and 240 deep stacks. */
final class FlameSample {
    static final String ONE = "demo.Flame#one";
    static final String TWO = "demo.Flame#two";
    static final String MANY = "demo.Flame#many";
    static final String ONE_FRAME = "demo.Flame.one(Flame.java:10)";
    static final String VALUE_OF = "java.lang.Integer.valueOf(Integer.java:1081)";
    /** Two's byte[] takes 1000 of its 1048 bytes per call, but 1 of its 4 objects. */
    static final double BYTE_ARRAY_BYTES_SHARE = 1000.0 / 1048;
    static final double BYTE_ARRAY_OBJECTS_SHARE = 1.0 / 4;
    static final int MANY_STACKS = 240;
    /** A frame a third of many's stacks pass through, near the root. */
    static final String MANY_ZOOM = "demo.deep.Layer1.call0(Layer1.java:11)";

    /** Where {@link #withDiffGraph} puts the differential graph. */
    static final String DIFF = "flame-diff-sample";

    private FlameSample() {}

    /**
     * The page with, at its end, two's differential graph against stacks before (its byte[] grew from 500 B, its
     * Integers shrank from 96 B): no check result carries stacks before yet, so the test puts one in the page.
     */
    static String withDiffGraph(String page, CheckOutcome outcome) {
        MethodResult two = outcome.results().stream().filter(r -> r.id().toString().equals(TWO)).findFirst()
                .orElseThrow();
        FoldedStacks before = FoldedStacks.of(List.of(
                new AllocationSite("byte[]", 1, 500, List.of("demo.Flame.two(Flame.java:20)")),
                new AllocationSite("java.lang.Integer", 6, 96, List.of(VALUE_OF, "demo.Flame.two(Flame.java:21)"))));
        StringBuilder graph = new StringBuilder("<section class=\"" + DIFF + "\">\n");
        HtmlFlameGraph.graph(graph, two, before);
        return page.replace("</main>", graph.append("</section>\n</main>"));
    }

    /** The sample outcome with the three methods added, all passing. */
    static CheckOutcome outcome() {
        CheckOutcome sample = SampleOutcome.outcome();
        List<MethodResult> results = new ArrayList<>(sample.results());
        results.add(CollapsedStacksTest.withStacks(ONE,
                new AllocationSite("java.lang.Integer", 1, 16, List.of(VALUE_OF, ONE_FRAME))));
        results.add(CollapsedStacksTest.withStacks(TWO,
                new AllocationSite("byte[]", 1, 1000, List.of("demo.Flame.two(Flame.java:20)")),
                new AllocationSite("java.lang.Integer", 3, 48, List.of(VALUE_OF, "demo.Flame.two(Flame.java:21)"))));
        results.add(CollapsedStacksTest.withStacks(MANY, many().toArray(AllocationSite[]::new)));
        return new CheckOutcome(sample.environment(), results, sample.baseline(), sample.elapsed());
    }

    /** 240 distinct stacks 21 to 65 frames deep through 3 variants per layer; every 20th cut by the depth limit. */
    private static List<AllocationSite> many() {
        List<String> types = List.of("byte[]", "java.lang.String", "java.util.ArrayList");
        List<AllocationSite> stacks = new ArrayList<>();
        for (int i = 0; i < MANY_STACKS; i++) {
            List<String> frames = new ArrayList<>(); // innermost first
            int depth = 20 + i % 45;
            for (int k = depth; k >= 1; k--) {
                frames.add("demo.deep.Layer" + k + ".call" + (i / (k + 1)) % 3 + "(Layer" + k + ".java:" + (10 + k) + ")");
            }
            if (i % 20 == 0) {
                frames.add(Event.Site.TRUNCATED);
            } else {
                frames.add("demo.Flame.many(Flame.java:30)");
            }
            stacks.add(new AllocationSite(types.get(i % 3), 1, 16 + (i % 13) * 8, frames));
        }
        return stacks;
    }
}
