package dev.allocbudget.core.model;

/**
 * JMH's {@code gc.alloc.rate.norm} and the check's bytes/op for one method, when they are further apart than the
 * kind of the check's figure allows. The two measure the same thing in two JVMs: a difference means the JVMs
 * compiled the method differently, or one of the figures counts something the other does not.
 *
 * @param checkBytesPerOp the check's figure
 * @param otherBytesPerOp the check's figure in the compile order that did not decide, when the method has two
 *                        compilations; otherwise {@code null}
 * @param jmhBytesPerOp   JMH's
 * @param tolerance       how far apart the two may be for this kind of figure
 */
public record AllocDisagreement(double checkBytesPerOp, Double otherBytesPerOp, double jmhBytesPerOp,
        Tolerance tolerance) {

    /** How far JMH's figure may be from the check's, by the kind of the check's figure. */
    public enum Tolerance {
        /** Every call allocates alike: JMH's figure adds only its bookkeeping, thousandths of a byte per call. */
        CLEAN("0.1 B/op"),
        /** A mean over calls that allocate differently in a pattern the check found (a buffer every 5,000 calls). */
        MEAN("1%"),
        /** It depends on thread timing: other threads allocate part of it, or calls vary with no pattern. */
        TIMING("5%");

        private final String text;

        Tolerance(String text) {
            this.text = text;
        }

        /** {@code 0.1 B/op}, {@code 1%}, {@code 5%}. */
        public String text() {
            return text;
        }

        boolean allows(double check, double jmh) {
            double apart = Math.abs(jmh - check);
            return switch (this) {
                case CLEAN -> apart <= 0.1;
                case MEAN -> apart <= 0.01 * check;
                case TIMING -> apart <= 0.05 * check;
            };
        }

        /** The kind of a figure, from how the check made it up. */
        public static Tolerance of(double bytesPerOp, FigureDetail detail) {
            if (detail == null) {
                return CLEAN;
            }
            if (detail.otherThreadsBytesPerOp(bytesPerOp) > 0 || (detail.amortized() && detail.period() == 0)) {
                return TIMING;
            }
            return detail.amortized() ? MEAN : CLEAN;
        }
    }

    /**
     * What JMH's harness allocates per measurement iteration, whatever the method (its iteration bookkeeping), which
     * its profiler divides among the iteration's calls: 5.7 KiB on JDK 17 and 6.8 KiB on JDK 25, constant over
     * methods 20 times apart in speed (bench/differential, "JMH's harness allocation"). With a margin.
     */
    static final double JMH_HARNESS_BYTES_PER_ITERATION = 8 * 1024;

    /**
     * The disagreement in {@code r}, or {@code null} when the two agree or JMH gave no figure. JMH may read more
     * than the check by its harness's share of each call, which grows with the time a call takes (a 5 us method in
     * 200 ms iterations: 0.2 B/op): the check's exact per-call figure is the one to match. A method with two
     * compilations (its compile orders gave two figures) agrees when JMH's figure is either: JMH's forks compile in
     * the background, and timing picks the order.
     */
    public static AllocDisagreement of(MethodResult r) {
        if (r.jmh() == null || r.jmh().allocNorm() == null || r.bytesPerOp() == null) {
            return null;
        }
        double check = r.bytesPerOp();
        double jmh = r.jmh().allocNorm();
        Tolerance tolerance = Tolerance.of(check, r.detail());
        Double other = r instanceof MethodResult.Measured m && m.twoCompilations() ? m.other().bytesPerOp() : null;
        return agrees(check, jmh, r.jmh().callsPerIteration(), tolerance)
                || (other != null && agrees(other, jmh, r.jmh().callsPerIteration(), tolerance)) ? null
                : new AllocDisagreement(check, other, jmh, tolerance);
    }

    /**
     * Within the tolerance once JMH's excess up to its harness's share is taken off. Up to: 8 KiB is a bound, the
     * share itself was 5.7-6.8 KiB, so a slow method's JMH figure lies anywhere between the check's and the check's
     * plus the bound (it once asked for the whole bound: JDK 25's 0.1 ms regex scan, 0 against JMH's 0.734, warned
     * with 0.866 B allowed).
     */
    private static boolean agrees(double check, double jmh, double calls, Tolerance tolerance) {
        double harness = calls > 0 ? JMH_HARNESS_BYTES_PER_ITERATION / calls : 0;
        return tolerance.allows(check, jmh > check ? Math.max(check, jmh - harness) : jmh);
    }
}
