package dev.allocbudget.core.check;

import dev.allocbudget.core.BaselineComparison.Status;
import dev.allocbudget.core.BaselineComparison;
import dev.allocbudget.core.BaselineEntry;
import dev.allocbudget.core.Budget;
import dev.allocbudget.core.Figures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * What one method's figures are held to: its annotation budget (a hard limit, no tolerance) and, when the module
 * has a baseline file, its baseline entry give or take the tolerance; with a reference and no baseline file, the
 * reference's figures take the entry's place. Figures are compared as the reports print them (three decimals), so a
 * figure read back from the baseline file compares equal to the one that was written.
 *
 * @param baseline         the method's entry (or the reference's figures), or {@code null} when it has none
 * @param compared         whether there is a baseline to compare with at all (a baseline file, or a reference)
 * @param tolerancePercent how far above (or below) its baseline a figure may be and still count as the same
 * @param reference        the reference's name when it gave {@code baseline}; {@code null} for the baseline file
 * @param notCompared      why the reference has no figures for the method; {@code null} when it has
 */
public record Limits(Budget budget, BaselineEntry baseline, boolean compared, double tolerancePercent,
        String reference, String notCompared) {

    /** Held to the baseline file's entry, if any. */
    public Limits(Budget budget, BaselineEntry baseline, boolean compared, double tolerancePercent) {
        this(budget, baseline, compared, tolerancePercent, null, null);
    }

    static Limits budgetOnly(Budget budget) {
        return new Limits(budget, null, false, 0);
    }

    /** Where a figure stands: over a limit, improved on the baseline, or neither. */
    enum Standing { WITHIN, IMPROVED, OVER }

    Standing standing(double bytes, Double objects) {
        if (!violations(bytes, objects).isEmpty()) {
            return Standing.OVER;
        }
        BaselineComparison comparison = compare(bytes, objects);
        return comparison != null && comparison.status() == Status.IMPROVED ? Standing.IMPROVED : Standing.WITHIN;
    }

    /** {@code bytes/op is 96, but budget is 64} and the like; empty when the figures keep every limit. */
    List<String> violations(double bytes, Double objects) {
        List<String> found = new ArrayList<>(budgetViolations(bytes, objects));
        found.addAll(regressions(bytes, objects));
        return found;
    }

    List<String> budgetViolations(double bytes, Double objects) {
        List<String> found = new ArrayList<>();
        if (budget.bytes() != null && round(bytes).compareTo(BigDecimal.valueOf(budget.bytes())) > 0) {
            found.add("bytes/op is " + Figures.number(bytes) + ", but budget is " + budget.bytes());
        }
        if (budget.objects() != null && objects != null
                && round(objects).compareTo(BigDecimal.valueOf(budget.objects())) > 0) {
            found.add("objects/op is " + Figures.number(objects) + ", but budget is " + budget.objects());
        }
        return found;
    }

    /**
     * {@code bytes/op is 48, but baseline is 32 (+16 B, +50%)} (or {@code but the reference 1.4.0 allocates 32});
     * objects are compared only when both were counted.
     */
    List<String> regressions(double bytes, Double objects) {
        List<String> found = new ArrayList<>();
        if (baseline == null) {
            return found;
        }
        if (above(bytes, baseline.bytesPerOp())) {
            found.add("bytes/op is " + Figures.number(bytes) + ", " + butRecorded(baseline.bytesPerOp())
                    + " (" + Figures.delta(bytes, baseline.bytesPerOp(), " B") + toleranceNote() + ")");
        }
        if (objects != null && baseline.objectsPerOp() != null && above(objects, baseline.objectsPerOp())) {
            found.add("objects/op is " + Figures.number(objects) + ", " + butRecorded(baseline.objectsPerOp()));
        }
        return found;
    }

    /** The figures against the baseline, or {@code null} when there is no baseline to compare with. */
    BaselineComparison compare(double bytes, Double objects) {
        if (!compared) {
            return null;
        }
        if (baseline == null) {
            return new BaselineComparison(Status.NEW, null, reference, notCompared);
        }
        if (!regressions(bytes, objects).isEmpty()) {
            return new BaselineComparison(Status.REGRESSED, baseline, reference, null);
        }
        boolean improved = below(bytes, baseline.bytesPerOp())
                || (objects != null && baseline.objectsPerOp() != null && below(objects, baseline.objectsPerOp()));
        return new BaselineComparison(improved ? Status.IMPROVED : Status.SAME, baseline, reference, null);
    }

    /**
     * {@code bytes/op is 24, below baseline 32 (-8 B, -25%)} (or {@code below the reference 1.4.0's 32}); for the
     * report of an improved method.
     */
    String improvements(double bytes, Double objects) {
        List<String> found = new ArrayList<>();
        if (below(bytes, baseline.bytesPerOp())) {
            found.add("bytes/op is " + Figures.number(bytes) + ", " + belowRecorded(baseline.bytesPerOp())
                    + " (" + Figures.delta(bytes, baseline.bytesPerOp(), " B") + ")");
        }
        if (objects != null && baseline.objectsPerOp() != null && below(objects, baseline.objectsPerOp())) {
            found.add("objects/op is " + Figures.number(objects) + ", " + belowRecorded(baseline.objectsPerOp()));
        }
        return String.join("; ", found);
    }

    private String butRecorded(double recorded) {
        return reference == null ? "but baseline is " + Figures.number(recorded)
                : "but the reference " + reference + " allocates " + Figures.number(recorded);
    }

    private String belowRecorded(double recorded) {
        return reference == null ? "below baseline " + Figures.number(recorded)
                : "below the reference " + reference + "'s " + Figures.number(recorded);
    }

    private boolean above(double figure, double recorded) {
        return round(figure).compareTo(scaled(recorded, 1)) > 0;
    }

    private boolean below(double figure, double recorded) {
        return round(figure).compareTo(scaled(recorded, -1)) < 0;
    }

    /** The recorded figure moved by the tolerance, up ({@code sign} 1) or down (-1). */
    private BigDecimal scaled(double recorded, int sign) {
        BigDecimal factor = BigDecimal.ONE.add(BigDecimal.valueOf(sign * tolerancePercent).movePointLeft(2));
        return round(recorded).multiply(factor);
    }

    private String toleranceNote() {
        return tolerancePercent == 0 ? "" : "; tolerance " + Figures.number(tolerancePercent) + "%";
    }

    private static BigDecimal round(double figure) {
        return BigDecimal.valueOf(figure).setScale(3, RoundingMode.HALF_EVEN);
    }
}
