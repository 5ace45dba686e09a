package dev.allocbudget.core.model;

import java.time.Duration;
import java.util.List;

/**
 * The results of a whole check, sorted by id (their text is in {@code report.ConsoleText}).
 *
 * @param baseline the baseline compared with, or {@code null} when the module has no baseline file
 */
public record CheckOutcome(Environment environment, List<MethodResult> results, BaselineUse baseline,
        Duration elapsed) {

    public CheckOutcome {
        results = results.stream().sorted(java.util.Comparator.comparing(MethodResult::id)).toList();
    }

    public List<MethodResult> with(Verdict verdict) {
        return results.stream().filter(r -> r.verdict() == verdict).toList();
    }

    public List<MethodResult> with(BaselineComparison.Status status) {
        return results.stream().filter(r -> r.baseline() != null && r.baseline().status() == status).toList();
    }

    /** The methods over their budget or their baseline. */
    public List<MethodResult> violations() {
        return results.stream().filter(r -> r.verdict().isViolation()).toList();
    }
}
