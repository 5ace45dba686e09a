package dev.allocbudget.core.model;

import dev.allocbudget.runner.protocol.MethodId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One outcome with a method of each kind a report shows, built from typed data as the check builds it, with ids
 * and messages that need escaping and wrapping: every writer (console, JSON, JUnit XML, Markdown, HTML) is tested on
 * it.
 */
public final class SampleOutcome {
    public static final String PKG = "dev.allocbudget.examples.";
    /** Markup in an exception's message, which no report may let run. */
    public static final String SCRIPT_IN_MESSAGE = "<script>alert(\"x & 'y'\")</script>";

    private SampleOutcome() {}

    public static CheckOutcome outcome() {
        BaselineEntry routeTable = new BaselineEntry(32, 2.0, "one String for the path segment");
        MethodResult zero = result(PKG + "RouterBudget#staticRoute", new Figure(0, null, null), new Budget(0L, null),
                same(new BaselineEntry(0, null, null)), List.of(), List.of(), 612);
        MethodResult withinBudget = result(PKG + "RouterBudget#paramAsString", new Figure(24, null, null),
                new Budget(24L, null), same(new BaselineEntry(24, null, null)), List.of(), List.of(), 655);
        MethodResult improved = result(PKG + "NaiveRouterBudget#dynamicRoute", new Figure(520, null, null),
                Budget.NONE, new BaselineComparison(BaselineComparison.Status.IMPROVED,
                        new BaselineEntry(584, null, "regex router, kept as the slow reference")), List.of(),
                List.of(new Improvement(Quantity.BYTES, 520, 584, LimitKind.BASELINE)), 540);
        MethodResult isNew = result(PKG + "ParamsBudget#bindOne", new Figure(40, new ObjectCount(2.0, null, List.of(
                        site("java.lang.String", 1, 24, "java.lang.StringLatin1.newString(StringLatin1.java:769)",
                                PKG + "Params.bindOne(Params.java:21)"),
                        site("java.lang.Integer", 1, 16, "java.lang.Integer.valueOf(Integer.java:1081)",
                                PKG + "Params.bindOne(Params.java:22)")), "jvmti-agent"), null),
                new Budget(64L, 2L), BaselineComparison.NEW, List.of(), List.of(), 830);
        MethodResult regressed = result(PKG + "RouteTableBudget#lookup", new Figure(48, new ObjectCount(3.0, null,
                        List.of(site("java.lang.String", 1, 24, PKG + "RouteTable.lookup(RouteTable.java:57)"),
                                site("java.lang.Integer", 1, 16, "java.lang.Integer.valueOf(Integer.java:1081)",
                                        PKG + "RouteTable.lookup(RouteTable.java:60)"),
                                site("java.lang.Object", 1, 8, PKG + "RouteTable.lookup(RouteTable.java:61)")),
                        "jvmti-agent"), new FigureDetail(48, false, 0, 0, null)),
                new Budget(64L, null), new BaselineComparison(BaselineComparison.Status.REGRESSED, routeTable),
                List.of(new Breach(Quantity.BYTES, 48, 32, 0, LimitKind.BASELINE),
                        new Breach(Quantity.OBJECTS, 3, 2, 0, LimitKind.BASELINE)), List.of(), 1420);
        MethodResult overBudget = result("demo.ParamsBudget#bind", new Figure(128, new ObjectCount(5.0, null, List.of(
                        site("java.util.HashMap$Node", 1, 32, "java.util.HashMap.newNode(HashMap.java:1901)",
                                "demo.Params.bind(Params.java:12)"),
                        site("java.util.HashMap$Node", 1, 32, "java.util.HashMap.newNode(HashMap.java:1901)",
                                "demo.Params.bind(Params.java:13)"),
                        site("byte[]", 1, 24, "java.util.Arrays.copyOfRange(Arrays.java:3822)",
                                "demo.Params.bind(Params.java:12)"),
                        site("java.lang.String", 1, 24, "java.lang.StringLatin1.newString(StringLatin1.java:769)",
                                "demo.Params.bind(Params.java:12)"),
                        site("java.lang.Integer", 0.5, 8, "java.lang.Integer.valueOf(Integer.java:1081)",
                                "demo.Params.bind(Params.java:13)"),
                        site("java.lang.Long", 0.5, 8, "java.lang.Long.valueOf(Long.java:1204)")), "jvmti-agent"),
                        new FigureDetail(128, true, 5000, 640_000, null)),
                new Budget(64L, 2L), same(new BaselineEntry(128, 5.0, null)),
                List.of(new Breach(Quantity.BYTES, 128, 64, 0, LimitKind.BUDGET),
                        new Breach(Quantity.OBJECTS, 5, 2, 0, LimitKind.BUDGET)), List.of(), 1390);
        MethodResult error = new MethodResult.NotMeasured(MethodId.parse(PKG + "BrokenBudget$Inner#throwsOnCall"),
                new Budget(0L, null), new Problem.Failed("the method threw java.lang.IllegalStateException: bad input "
                        + SCRIPT_IN_MESSAGE + "\n\tat " + PKG + "BrokenBudget$Inner.throwsOnCall(BrokenBudget.java:31)"
                        + "\n\tat dev.allocbudget.runner.Harness.call(Harness.java:88)"), Duration.ofMillis(310));
        MethodResult longId = result(PKG + "very.deeply.nested.configuration.parsing"
                        + ".ExtraordinarilyLongConfigurationParserBudget$WithANestedStateHolder"
                        + "#parsesAVeryLongConfigurationKeyWithoutAllocatingAnything",
                new Figure(16, ObjectCount.unavailable(new ObjectCount.Uncounted.Said("no JVMTI agent for this"
                        + " platform, and JFR counting is off")), null), new Budget(16L, null),
                BaselineComparison.NEW, List.of(), List.of(), 700);
        BaselineUse baseline = new BaselineUse(Path.of("src", "test", "allocbudget-baseline.json"), "17",
                List.of("17", "21"), List.of(PKG + "OldRouterBudget#removedMethod"));
        return new CheckOutcome(new Environment("17.0.15", "Debian", "OpenJDK 64-Bit Server VM", "G1",
                "0.1.0-SNAPSHOT"), List.of(zero, withinBudget, improved, isNew, regressed, overBudget, error, longId),
                baseline, Duration.ofMillis(6457));
    }

    /** The result of {@code id} in the sample. */
    public static MethodResult result(String id) {
        return outcome().results().stream().filter(r -> r.id().toString().equals(id)).findFirst().orElseThrow();
    }

    private static MethodResult result(String id, Figure figure, Budget budget, BaselineComparison comparison,
            List<Breach> breaches, List<Improvement> improvements, long millis) {
        // a violation is confirmed by a second fork that agrees; a pass needs one fork
        List<Figure> forks = breaches.isEmpty() && improvements.isEmpty() ? List.of(figure) : List.of(figure, figure);
        return new MethodResult.Measured(MethodId.parse(id), budget, figure, forks, comparison, breaches, improvements,
                null, Duration.ofMillis(millis));
    }

    private static BaselineComparison same(BaselineEntry entry) {
        return new BaselineComparison(BaselineComparison.Status.SAME, entry);
    }

    private static AllocationSite site(String type, double objects, double bytes, String... frames) {
        return new AllocationSite(type, objects, bytes, List.of(frames));
    }
}
