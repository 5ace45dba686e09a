package dev.allocbudget.core.check;

import dev.allocbudget.core.model.Breach;
import dev.allocbudget.core.model.JmhResult;
import dev.allocbudget.core.model.LimitKind;
import dev.allocbudget.core.model.Quantity;
import dev.allocbudget.core.model.TimeComparison;

/**
 * The time gate: compares a method's JMH time with the reference's, both measured in this run in pairs of forks
 * side by side ({@link PairedRatios}), never with a time recorded earlier, at another load, perhaps on another
 * machine. A method is suspected when its ratio over the first pairs is above 1 + the tolerance; a suspect is
 * measured again with as many new pairs, and it is REGRESSED only when the whole 95% interval of the ratio over all
 * its pairs lies above 1 + the tolerance. A suspect still undecided then (its ratio above the tolerance, its
 * interval reaching below it) gets twice as many pairs again, {@value #MAX_PAIRS} in all, before the verdict. A load
 * burst during the first pairs then fails nothing (the new pairs pull the interval back down), and a real slowdown
 * that the noise hid in a wide interval gets up to four times the pairs to show in.
 */
public final class TimeGate {
    /** Pairs of forks per method, and as many again to confirm a suspect. */
    public static final int PAIRS = 5;
    /** The most pairs a method gets: an undecided suspect's confirmation is twice as long again. */
    public static final int MAX_PAIRS = 4 * PAIRS;

    private final double tolerancePercent;

    public TimeGate(double tolerancePercent) {
        this.tolerancePercent = tolerancePercent;
    }

    /** The ratio above the tolerance: worth measuring again with new pairs. */
    public boolean suspect(PairedRatios.Ratio r) {
        return r.ratio() > 1 + tolerancePercent / 100;
    }

    /** Still a suspect, but its interval reaches below the tolerance: more pairs can decide it. */
    public boolean undecided(PairedRatios.Ratio r) {
        return suspect(r) && !beyond(r);
    }

    /** The whole interval above the tolerance: over all the pairs of a suspect, a regression. */
    public boolean beyond(PairedRatios.Ratio r) {
        return r.low() > 1 + tolerancePercent / 100;
    }

    /**
     * The breach of a confirmed comparison with the reference beyond the tolerance (which makes the row REGRESSED),
     * or {@code null} when the row's time keeps within it or was not compared.
     */
    public Breach breach(JmhResult jmh) {
        TimeComparison c = jmh.reference();
        if (c == null || c.notCompared() != null || !c.confirmed()
                || !beyond(new PairedRatios.Ratio(c.ratio(), c.low(), c.high()))) {
            return null;
        }
        return new Breach(Quantity.TIME, c.ratio(), 1, tolerancePercent, LimitKind.REFERENCE);
    }
}
