package dev.allocbudget.core.report;

import dev.allocbudget.core.io.Figures;
import dev.allocbudget.core.model.BaselineEntry;
import dev.allocbudget.core.model.FigureDetail;
import dev.allocbudget.core.model.JmhResult;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.OtherCompilation;
import dev.allocbudget.core.model.TimeComparison;
import java.util.Locale;

/** Figures as every output writes them: times, ratios to the reference, periods of a mean. */
public final class FigureText {
    private FigureText() {}

    /** {@code 12.345 ± 0.678 ns/op}, or without the error when JMH gave none. */
    public static String time(JmhResult jmh) {
        return Figures.time(jmh.score(), jmh.error(), jmh.unit());
    }

    /** A recorded time, as {@link #time(JmhResult)}. */
    public static String time(BaselineEntry.Time time) {
        return Figures.time(time.score(), time.error(), time.unit());
    }

    /**
     * {@code 1.31x the reference 1.4.0 (95% CI 1.22-1.40x, 7 fork pairs)}, or {@code not compared with the reference
     * 1.4.0: ...}.
     */
    public static String comparison(TimeComparison c) {
        if (c.notCompared() != null) {
            return "not compared with the reference " + c.reference() + ": " + c.notCompared();
        }
        return Figures.ratio(c.ratio()) + "x the reference " + c.reference() + " (95% CI " + Figures.ratio(c.low())
                + "-" + Figures.ratio(c.high()) + "x, " + c.pairs() + " fork pairs)";
    }

    /** {@code 16,400 B every 5,000 calls}, or null when the figure is no mean with a period. */
    public static String period(FigureDetail d) {
        return d.period() == 0 ? null
                : String.format(Locale.ROOT, "%,d B every %,d calls", d.periodBytes(), d.period());
    }

    /**
     * {@code two compilations: 296 B/op with callees compiled first, 96 B/op with the method compiled first; the
     * larger decides}, or that the other order could not be measured and why; null when one order was measured or
     * both gave the same figure.
     */
    public static String compileOrders(MethodResult.Measured m) {
        OtherCompilation other = m.other();
        if (other == null) {
            return null;
        }
        if (other.problem() != null) {
            return "not measured with the " + other.order().text() + ", so only the figure with the "
                    + other.decided().text() + " counts: " + ProblemText.of(other.problem());
        }
        if (!m.twoCompilations()) {
            return null;
        }
        double decided = m.figure().bytesPerOp();
        return "two compilations: " + Figures.number(decided) + " B/op with the " + other.decided().text() + ", "
                + Figures.number(other.bytesPerOp()) + " B/op with the " + other.order().text() + "; the "
                + (decided > other.bytesPerOp() ? "larger" : "smaller") + " decides";
    }

    /** {@code also 96 B/op with the method compiled first}, for a progress line; null as for the long form. */
    public static String otherOrder(MethodResult r) {
        if (!(r instanceof MethodResult.Measured m) || m.other() == null) {
            return null;
        }
        OtherCompilation other = m.other();
        return other.problem() != null ? "not measured with the " + other.order().text()
                : m.twoCompilations() ? "also " + Figures.number(other.bytesPerOp()) + " B/op with the "
                        + other.order().text() : null;
    }

    /**
     * {@code 4 threads calling at once; per thread 77.1, 76, 78.2, 75.9 B/op (27 %, 25 %, 24 %, 24 % of the calls)}:
     * each one's own allocation per call of its own; null for a method called by one thread.
     */
    public static String callingThreads(FigureDetail d) {
        if (d == null || d.callingThreads().isEmpty()) {
            return null;
        }
        StringBuilder bytes = new StringBuilder();
        StringBuilder shares = new StringBuilder();
        for (FigureDetail.CallingThread t : d.callingThreads()) {
            bytes.append(bytes.length() == 0 ? "" : ", ").append(Figures.number(t.bytesPerOp()));
            shares.append(shares.length() == 0 ? "" : ", ").append(Math.round(t.callShare() * 100)).append(" %");
        }
        return d.callingThreads().size() + " threads calling at once; per thread " + bytes + " B/op (" + shares
                + " of the calls)";
    }

    /** What the fork said of threads that allocated after the calls had stopped; null when there were none. */
    public static String lingering(FigureDetail d) {
        return d == null || d.lingeringThreads() == null ? null
                : "threads still allocating after the last window: " + d.lingeringThreads() + "; their allocation"
                        + " counts as the method's in whichever window it falls (stop or join them before the method"
                        + " returns)";
    }
}
