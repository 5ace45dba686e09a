package dev.allocbudget.core.check;

import dev.allocbudget.core.model.BaselineComparison;
import dev.allocbudget.core.model.BaselineComparison.Status;
import dev.allocbudget.core.model.BaselineEntry;
import dev.allocbudget.core.model.Breach;
import dev.allocbudget.core.model.Budget;
import dev.allocbudget.core.model.Improvement;
import dev.allocbudget.core.model.LimitKind;
import dev.allocbudget.core.model.NotCompared;
import dev.allocbudget.core.model.Quantity;
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
        String reference, NotCompared notCompared) {

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
        if (!breaches(bytes, objects).isEmpty()) {
            return Standing.OVER;
        }
        return improvements(bytes, objects).isEmpty() ? Standing.WITHIN : Standing.IMPROVED;
    }

    /** The limits the figures are beyond: the budget's first, then the baseline's; empty when they keep every one. */
    List<Breach> breaches(double bytes, Double objects) {
        List<Breach> found = new ArrayList<>(budgetBreaches(bytes, objects));
        found.addAll(regressions(bytes, objects));
        return found;
    }

    private List<Breach> budgetBreaches(double bytes, Double objects) {
        List<Breach> found = new ArrayList<>();
        if (budget.bytes() != null && round(bytes).compareTo(BigDecimal.valueOf(budget.bytes())) > 0) {
            found.add(new Breach(Quantity.BYTES, bytes, budget.bytes(), 0, LimitKind.BUDGET));
        }
        if (budget.objects() != null && objects != null
                && round(objects).compareTo(BigDecimal.valueOf(budget.objects())) > 0) {
            found.add(new Breach(Quantity.OBJECTS, objects, budget.objects(), 0, LimitKind.BUDGET));
        }
        return found;
    }

    /** Above the baseline entry beyond the tolerance; objects are compared only when both were counted. */
    private List<Breach> regressions(double bytes, Double objects) {
        List<Breach> found = new ArrayList<>();
        if (baseline == null) {
            return found;
        }
        if (above(bytes, baseline.bytesPerOp())) {
            found.add(new Breach(Quantity.BYTES, bytes, baseline.bytesPerOp(), tolerancePercent, recordedKind()));
        }
        if (objects != null && baseline.objectsPerOp() != null && above(objects, baseline.objectsPerOp())) {
            found.add(new Breach(Quantity.OBJECTS, objects, baseline.objectsPerOp(), tolerancePercent,
                    recordedKind()));
        }
        return found;
    }

    /** Below the baseline entry beyond the tolerance, for figures that break no limit; else empty. */
    List<Improvement> improvements(double bytes, Double objects) {
        List<Improvement> found = new ArrayList<>();
        if (baseline == null || !breaches(bytes, objects).isEmpty()) {
            return found;
        }
        if (below(bytes, baseline.bytesPerOp())) {
            found.add(new Improvement(Quantity.BYTES, bytes, baseline.bytesPerOp(), recordedKind()));
        }
        if (objects != null && baseline.objectsPerOp() != null && below(objects, baseline.objectsPerOp())) {
            found.add(new Improvement(Quantity.OBJECTS, objects, baseline.objectsPerOp(), recordedKind()));
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

    private LimitKind recordedKind() {
        return reference == null ? LimitKind.BASELINE : LimitKind.REFERENCE;
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

    private static BigDecimal round(double figure) {
        return BigDecimal.valueOf(figure).setScale(3, RoundingMode.HALF_EVEN);
    }
}
