package dev.allocbudget.core.check;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The ratio of this build's time to the reference's from pairs of forks, and its 95% confidence interval by a
 * bootstrap over the pairs.
 *
 * <p>Each pair is one reference fork and one current fork run side by side, so a change in the machine's load
 * between pairs moves both; the pair's ratio keeps what the code changed. The figure is the geometric mean of the
 * pairs' ratios (a mean of logarithms: 2x slower and 2x faster cancel). Its interval comes from resampling the pairs
 * with replacement, {@value #RESAMPLES} times, and taking the 2.5th and 97.5th percentiles of the resampled means:
 * the spread between forks is what it measures, which the error JMH gives for one fork (the spread of its
 * iterations) does not. The resampling is seeded, so the same pairs always give the same interval.
 */
public final class PairedRatios {
    static final int RESAMPLES = 10_000;
    private static final long SEED = 20_261_202L;

    private PairedRatios() {}

    /** The geometric mean ratio and its interval. */
    public record Ratio(double ratio, double low, double high) {}

    /**
     * @param reference the reference forks' scores, pair by pair
     * @param current   this build's, in the same order
     * @param higherIsBetter scores are throughput (the time ratio is then reference / current)
     */
    public static Ratio of(double[] reference, double[] current, boolean higherIsBetter) {
        if (reference.length != current.length || reference.length == 0) {
            throw new IllegalArgumentException(reference.length + " reference and " + current.length
                    + " current scores: pairs are needed");
        }
        int n = reference.length;
        double[] logs = new double[n];
        for (int i = 0; i < n; i++) {
            double timeRatio = higherIsBetter ? reference[i] / current[i] : current[i] / reference[i];
            logs[i] = Math.log(timeRatio);
        }
        SplittableRandom random = new SplittableRandom(SEED);
        double[] means = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += logs[random.nextInt(n)];
            }
            means[r] = sum / n;
        }
        Arrays.sort(means);
        return new Ratio(Math.exp(Arrays.stream(logs).average().orElseThrow()),
                Math.exp(means[(int) (RESAMPLES * 0.025)]), Math.exp(means[(int) (RESAMPLES * 0.975) - 1]));
    }

    /** The median of the scores. */
    public static double median(double[] scores) {
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
