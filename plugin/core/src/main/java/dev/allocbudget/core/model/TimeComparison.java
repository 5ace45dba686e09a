package dev.allocbudget.core.model;

/**
 * A method's JMH time against the reference's, measured in the same run in pairs of forks, one of each, side by side.
 *
 * @param reference       the reference's name
 * @param pairs           the fork pairs the figures come from
 * @param ratio           current time / reference time: the geometric mean of the pairs' ratios ({@code > 1}: slower)
 * @param low             lower end of its 95% confidence interval
 * @param high            upper end
 * @param referenceMedian the median of the reference forks' scores, in JMH's unit
 * @param currentMedian   the median of this build's forks' scores
 * @param confirmed       true when a suspected regression was measured again, with new pairs (counted in {@code pairs})
 * @param notCompared     why the reference could not run the method (a class or method it lacks, say), or
 *                        {@code null}; the figures are then 0 and NaN
 */
public record TimeComparison(String reference, int pairs, double ratio, double low, double high,
        double referenceMedian, double currentMedian, boolean confirmed, String notCompared) {

    /** The reference could not run the method: nothing to compare. */
    public static TimeComparison notCompared(String reference, String why) {
        return new TimeComparison(reference, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false,
                why);
    }
}
