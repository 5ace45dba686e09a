package dev.allocbudget.core.model;

import dev.allocbudget.runner.protocol.MethodId;
import java.time.Duration;
import java.util.List;

/** Results for the tests of the reports and the goals' end, built from their data as the check builds them. */
public final class Results {
    private Results() {}

    /** A method measured by one fork, within every limit. */
    public static MethodResult.Measured pass(String id, double bytes, Budget budget) {
        return measured(id, figure(bytes, null, null), budget, null, List.of(), Duration.ZERO);
    }

    /** A method measured by the given figure, held to its limits with these breaches. */
    public static MethodResult.Measured measured(String id, Figure figure, Budget budget,
            BaselineComparison comparison, List<Breach> breaches, Duration elapsed) {
        return new MethodResult.Measured(MethodId.parse(id), budget, figure, List.of(figure), comparison, breaches,
                List.of(), null, elapsed);
    }

    /** A method that could not be measured: it threw (or its class could not be loaded). */
    public static MethodResult.NotMeasured failed(String id, Budget budget, String message, Duration elapsed) {
        return new MethodResult.NotMeasured(MethodId.parse(id), budget, new Problem.Failed(message), elapsed);
    }

    public static Figure figure(double bytes, ObjectCount objects, FigureDetail detail) {
        return new Figure(bytes, objects, detail);
    }

    public static Breach overBudget(Quantity quantity, double figure, long budget) {
        return new Breach(quantity, figure, budget, 0, LimitKind.BUDGET);
    }

    public static Breach overBaseline(Quantity quantity, double figure, double recorded) {
        return new Breach(quantity, figure, recorded, 0, LimitKind.BASELINE);
    }

    public static ObjectCount counted(double perOp, List<AllocationSite> sites) {
        return new ObjectCount(perOp, null, sites, "jvmti-agent");
    }

    public static ObjectCount uncounted(String reason) {
        return ObjectCount.unavailable(new ObjectCount.Uncounted.Said(reason));
    }
}
