package dev.allocbudget.core;

import java.time.Duration;
import java.util.List;

/** The results of a whole check, sorted by id, and the text that sums them up. */
public record CheckOutcome(Environment environment, List<MethodResult> results, Duration elapsed) {

    public CheckOutcome {
        results = List.copyOf(results);
    }

    public List<MethodResult> with(Verdict verdict) {
        return results.stream().filter(r -> r.verdict() == verdict).toList();
    }

    /** {@code allocbudget: 29 methods checked in 14.2 s: 27 passed, 1 failed, 1 error} */
    public String summaryLine() {
        return "allocbudget: " + methods() + " checked in "
                + Figures.seconds(elapsed) + " s: " + with(Verdict.PASS).size() + " passed, "
                + with(Verdict.FAIL).size() + " failed, " + with(Verdict.ERROR).size()
                + (with(Verdict.ERROR).size() == 1 ? " error" : " errors");
    }

    /** The first line of a failing build: how many methods broke their budget. */
    public String violationsHeadline() {
        return "Allocation budget exceeded in " + with(Verdict.FAIL).size() + " of " + methods() + ":";
    }

    public String errorsHeadline() {
        return "Allocation could not be measured for " + with(Verdict.ERROR).size() + " of " + methods() + ":";
    }

    private String methods() {
        return results.size() + (results.size() == 1 ? " method" : " methods");
    }

    /** {@code [3/29] com.acme.Parser#parse  56 B/op  PASS  0.6 s} */
    public static String progressLine(int index, int total, MethodResult r) {
        String figure = r.bytesPerOp() == null ? "n/a" : Figures.bytes(r.bytesPerOp()) + " B/op";
        return "[" + index + "/" + total + "] " + r.id() + "  " + figure + "  " + r.verdict() + "  "
                + Figures.seconds(r.elapsed()) + " s";
    }
}
