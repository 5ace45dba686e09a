package dev.allocbudget.core.report;

import dev.allocbudget.core.io.Figures;
import dev.allocbudget.core.model.Breach;
import dev.allocbudget.core.model.Figure;
import dev.allocbudget.core.model.FigureDetail;
import dev.allocbudget.core.model.Improvement;
import dev.allocbudget.core.model.JmhFailure;
import dev.allocbudget.core.model.KeyChange;
import dev.allocbudget.core.model.LimitKind;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.MethodResult.Measured;
import dev.allocbudget.core.model.Quantity;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A method's message, written from its result: why it failed, regressed or was not measured, or a note on a pass
 * (improved, passed by majority). Every output that shows a message takes it from here: the console and JSON with
 * the id in front ({@link #withId}), the JUnit XML and the JUnit engine without.
 */
public final class ResultText {
    private ResultText() {}

    /** {@code com.acme.Codec#encode: bytes/op is 96, but budget is 64}, or {@code null} for a plain pass. */
    public static String withId(MethodResult r) {
        String message = message(r);
        return message == null ? null : r.id() + ": " + message;
    }

    /** The message without the id; {@code null} for a pass with nothing to say. */
    public static String message(MethodResult r) {
        if (r instanceof MethodResult.NotMeasured n) {
            return ProblemText.of(n.problem());
        }
        Measured m = (Measured) r;
        if (m.jmhOutcome() instanceof JmhFailure failure && failure.required()) {
            return ProblemText.of(failure);
        }
        if (m.objectsUnchecked()) {
            return "the objects budget cannot be checked: " + ProblemText.of(m.figure().objects().uncounted());
        }
        String forks = m.forksDisagree() ? " (forks measured " + m.forks().stream().map(ResultText::figure)
                .collect(Collectors.joining(", ")) + ")" : "";
        List<Breach> allocation = m.breaches().stream().filter(b -> b.quantity() != Quantity.TIME).toList();
        String time = m.breaches().stream().filter(b -> b.quantity() == Quantity.TIME).findFirst()
                .map(b -> "time is " + FigureText.comparison(m.jmh().reference()) + ", beyond the "
                        + Figures.number(b.tolerancePercent()) + "% tolerance").orElse(null);
        String orders = FigureText.compileOrders(m);
        String compilations = orders == null ? "" : "; " + orders;
        if (!allocation.isEmpty()) {
            return allocation.stream().map(b -> breach(b, m)).collect(Collectors.joining("; ")) + notes(m.figure())
                    + compilations + forks + (time == null ? "" : "; " + time);
        }
        if (time != null) {
            return time;
        }
        if (!m.improvements().isEmpty()) {
            return m.improvements().stream().map(i -> improvement(i, m)).collect(Collectors.joining("; "))
                    + compilations + forks;
        }
        // a pass says what was not measured (the other order) even with nothing else to say
        String unmeasured = m.other() != null && m.other().problem() != null ? orders : null;
        return !forks.isEmpty() ? "passed by majority" + forks + compilations : unmeasured;
    }

    /**
     * Where a measured method's figures come from, when there is something to say: {@code unchanged} (reused from
     * the store), {@code measured again: class com.acme.Codec changed}; {@code null} for a method measured with
     * nothing stored, or not measured.
     */
    public static String reuse(MethodResult r) {
        if (!(r instanceof Measured m)) {
            return null;
        }
        if (m.reuse().reused()) {
            return "unchanged";
        }
        return m.reuse().measuredAgain() == null ? null : "measured again: " + change(m.reuse().measuredAgain());
    }

    /** Why stored figures did not do: {@code class com.acme.Codec changed}, {@code JDK 17.0.15+6 → 17.0.16+8}. */
    static String change(KeyChange c) {
        return switch (c.kind()) {
            case PLUGIN -> version(c.before()).equals(version(c.after()))
                    ? "the plugin's runner changed (" + version(c.after()) + ")"
                    : "allocbudget " + version(c.before()) + " → " + version(c.after());
            case JDK -> first(c.before()).equals(first(c.after()))
                    ? "the JDK changed (another build or installation of " + first(c.after()) + ")"
                    : "JDK " + first(c.before()) + " → " + first(c.after());
            case JVM_FLAGS -> "the forks' settings changed (" + c.before() + " → " + c.after() + ")";
            case MACHINE -> "the machine changed (" + c.before() + " → " + c.after() + ")";
            case CLASS_CHANGED -> "class " + c.subject() + " changed";
            case CLASS_GONE -> "class " + c.subject() + " is gone from the class path";
            case CLASS_ADDED -> "class " + c.subject() + " is on the class path now";
            case RESOURCE_CHANGED -> "resource " + c.subject() + " changed";
            case UNREADABLE -> c.subject() + " cannot be read (" + c.after() + ")";
            case OBJECTS_NOT_COUNTED -> "its objects were not counted before";
        };
    }

    private static String version(String plugin) {
        int space = plugin.indexOf(' ');
        return space < 0 ? plugin : plugin.substring(0, space);
    }

    private static String first(String jdk) {
        int comma = jdk == null ? -1 : jdk.indexOf(',');
        return jdk == null ? "unknown" : comma < 0 ? jdk : jdk.substring(0, comma);
    }

    /**
     * {@code bytes/op is 96, but budget is 64}, {@code bytes/op is 48, but baseline is 32 (+16 B, +50%)},
     * {@code objects/op is 3, but the reference 1.4.0 allocates 2}.
     */
    static String breach(Breach b, Measured m) {
        String text = what(b.quantity()) + " is " + Figures.number(b.figure()) + ", ";
        if (b.against() == LimitKind.BUDGET) {
            String java = m.budget().java();
            return text + "but " + (java == null ? "budget" : java) + " is " + Figures.number(b.limit());
        }
        text += b.against() == LimitKind.BASELINE ? "but baseline is " + Figures.number(b.limit())
                : "but the reference " + m.comparison().reference() + " allocates " + Figures.number(b.limit());
        if (b.quantity() != Quantity.BYTES) {
            return text;
        }
        return text + " (" + Figures.delta(b.figure(), b.limit(), " B")
                + (b.tolerancePercent() == 0 ? "" : "; tolerance " + Figures.number(b.tolerancePercent()) + "%")
                + ")";
    }

    /** {@code bytes/op is 24, below baseline 32 (-8 B, -25%)}, {@code objects/op is 1, below the reference 1.4.0's 2}. */
    static String improvement(Improvement i, Measured m) {
        String text = what(i.quantity()) + " is " + Figures.number(i.figure()) + ", "
                + (i.against() == LimitKind.BASELINE ? "below baseline " + Figures.number(i.recorded())
                        : "below the reference " + m.comparison().reference() + "'s " + Figures.number(i.recorded()));
        return i.quantity() == Quantity.BYTES ? text + " (" + Figures.delta(i.figure(), i.recorded(), " B") + ")"
                : text;
    }

    /**
     * What a reader of a failure needs to know about the figure: that it is a mean (and its period), and that
     * most of it was allocated on other threads, where the sites name them.
     */
    static String notes(Figure f) {
        FigureDetail d = f.detail();
        if (d == null) {
            return "";
        }
        String notes = "";
        if (d.amortized()) {
            notes += " (a mean per call" + (d.period() == 0 ? "" : ": " + FigureText.period(d)) + ")";
        }
        String threads = FigureText.callingThreads(d);
        if (threads != null) {
            notes += "; " + threads;
        }
        double others = d.otherThreadsBytesPerOp(f.bytesPerOp());
        if (others > d.callerBytesPerOp()) {
            notes += "; most of it, " + Figures.number(others) + " of " + Figures.number(f.bytesPerOp())
                    + " B/op, was allocated on other threads (the sites name them)";
        }
        return notes;
    }

    private static String figure(Figure f) {
        Double objects = f.objectsPerOp();
        return Figures.number(f.bytesPerOp()) + " B" + (objects == null ? "" : "/" + Figures.number(objects) + " obj");
    }

    private static String what(Quantity q) {
        return q == Quantity.BYTES ? "bytes/op" : "objects/op";
    }
}
