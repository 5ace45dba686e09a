package dev.allocbudget.core.check;

import dev.allocbudget.core.BaselineEntry;
import dev.allocbudget.core.CheckListener;
import dev.allocbudget.core.Figures;
import dev.allocbudget.core.JmhResult;
import dev.allocbudget.core.MethodResult;
import dev.allocbudget.core.Verdict;
import dev.allocbudget.core.baseline.Baseline;
import java.util.Optional;

/**
 * Compares JMH's time with the baseline's, honestly: timings on a shared machine are noisy, so a method fails only
 * when it is worse by more than the tolerance AND the two 99.9% confidence intervals do not overlap (JMH's error is
 * that interval's half-width). Without an error (a single iteration) nothing is statistically clear, so nothing
 * fails.
 */
public final class TimeGate {
    private final Baseline.Section section;
    private final double tolerancePercent;
    private final CheckListener listener;

    public TimeGate(Baseline.Section section, double tolerancePercent, CheckListener listener) {
        this.section = section;
        this.tolerancePercent = tolerancePercent;
        this.listener = listener;
    }

    /** The row, REGRESSED (with both times in its message) when its JMH time is clearly worse than the baseline's. */
    public MethodResult apply(MethodResult r) {
        BaselineEntry entry = section.methods().get(r.id());
        BaselineEntry.Time then = entry == null ? null : entry.time();
        if (then != null && r.jmh() != null && !comparable(r.jmh(), then)) {
            listener.warning(r.id() + ": its baseline time is in " + then.unit() + " (" + then.mode() + "), this"
                    + " run's in " + r.jmh().unit() + " (" + r.jmh().mode() + "): not compared");
        }
        return regression(r.jmh(), then, tolerancePercent)
                .map(why -> r.verdict() == Verdict.PASS ? r.withVerdict(Verdict.REGRESSED, r.id() + ": " + why)
                        : r.withVerdict(r.verdict(), r.message() + "; " + why))
                .orElse(r);
    }

    /** Why the method's time regressed, or empty when it did not (clearly). */
    static Optional<String> regression(JmhResult now, BaselineEntry.Time then, double tolerancePercent) {
        if (now == null || then == null || !now.unit().equals(then.unit()) || !now.mode().equals(then.mode())
                || Double.isNaN(now.error()) || Double.isNaN(then.error())) {
            return Optional.empty();
        }
        double factor = tolerancePercent / 100;
        boolean worse;
        boolean apart;
        if (now.higherIsBetter()) {
            worse = now.score() < then.score() * (1 - factor);
            apart = now.score() + now.error() < then.score() - then.error();
        } else {
            worse = now.score() > then.score() * (1 + factor);
            apart = now.score() - now.error() > then.score() + then.error();
        }
        if (!worse || !apart) {
            return Optional.empty();
        }
        double change = (now.score() - then.score()) / then.score() * 100;
        String what = now.higherIsBetter() ? "throughput" : "time";
        return Optional.of(what + " is " + now.timeText() + ", but baseline is " + then.text() + " ("
                + (change > 0 ? "+" : "-") + Figures.percent(Math.abs(change)) + "%, beyond the "
                + Figures.number(tolerancePercent) + "% tolerance; the 99.9% confidence intervals do not overlap)");
    }

    /** Whether the two can be compared at all (same unit and mode). */
    static boolean comparable(JmhResult now, BaselineEntry.Time then) {
        return now != null && then != null && now.unit().equals(then.unit()) && now.mode().equals(then.mode());
    }
}
