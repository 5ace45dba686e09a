package dev.allocbudget.core.model;

/**
 * JMH's {@code gc.alloc.rate.norm} and the check's bytes/op for one method, when they are further apart than the
 * kind of the check's figure allows. The two measure the same thing in two JVMs: a difference means the JVMs
 * compiled the method differently, or one of the figures counts something the other does not.
 *
 * @param checkBytesPerOp the check's figure
 * @param jmhBytesPerOp   JMH's
 * @param tolerance       how far apart the two may be for this kind of figure
 */
public record AllocDisagreement(double checkBytesPerOp, double jmhBytesPerOp, Tolerance tolerance) {

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

    /** The disagreement in {@code r}, or {@code null} when the two agree or JMH gave no figure. */
    public static AllocDisagreement of(MethodResult r) {
        if (r.jmh() == null || r.jmh().allocNorm() == null || r.bytesPerOp() == null) {
            return null;
        }
        double check = r.bytesPerOp();
        double jmh = r.jmh().allocNorm();
        Tolerance tolerance = Tolerance.of(check, r.detail());
        return tolerance.allows(check, jmh) ? null : new AllocDisagreement(check, jmh, tolerance);
    }
}
