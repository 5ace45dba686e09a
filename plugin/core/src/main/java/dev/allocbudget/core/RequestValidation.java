package dev.allocbudget.core;

import dev.allocbudget.core.baseline.BaselineFile;
import dev.allocbudget.core.model.AllocBudgetException;
import dev.allocbudget.core.model.CompileOrders;
import dev.allocbudget.core.model.PropertyNames;
import dev.allocbudget.runner.protocol.MeasureCommand.Threads;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Objects;

/** The rules a {@link CheckRequest}'s values must keep; each refusal names the property to set. */
final class RequestValidation {
    private RequestValidation() {}

    /** Checks the builder's values and fills in what derives from them (the baseline file's default, ...). */
    static void complete(CheckRequest.Builder b) throws AllocBudgetException {
        Objects.requireNonNull(b.projectDir, "projectDir");
        Objects.requireNonNull(b.testClassesDir, "testClassesDir");
        Objects.requireNonNull(b.reportDir, "reportDir");
        if (b.forkTimeout.isNegative() || b.forkTimeout.isZero() || b.settleTimeout.isNegative()
                || b.settleTimeout.isZero()) {
            throw new AllocBudgetException(PropertyNames.FORK_TIMEOUT_SECONDS + " (" + b.forkTimeout.toSeconds()
                    + ") and " + PropertyNames.SETTLE_TIMEOUT_SECONDS + " (" + b.settleTimeout.toSeconds()
                    + ") must be positive");
        }
        if (b.forks < 1) {
            throw new AllocBudgetException(PropertyNames.FORKS + " is " + b.forks + "; give how many JVMs may"
                    + " measure at the same time, 1 or more (by default one per processor: "
                    + CheckRequest.defaultForks() + ")");
        }
        if (!(b.baselineTolerancePercent >= 0 && b.baselineTolerancePercent <= 1000)) {
            throw new AllocBudgetException(PropertyNames.BASELINE_TOLERANCE_PERCENT + " is "
                    + b.baselineTolerancePercent + "; give a percentage from 0 to 1000");
        }
        if (b.java != null && !(Files.isRegularFile(b.java) && Files.isExecutable(b.java))) {
            throw new AllocBudgetException(PropertyNames.JVM + " is " + b.java + ", which is not an executable"
                    + " file; give the java executable of a JDK 17 or later, e.g. /path/to/jdk/bin/java");
        }
        b.threads = threadsOf(b.threadsName);
        b.objectsWithJfr = jfrObjectCounter(b.objectCounter);
        try {
            b.compileOrders = CompileOrders.parse(b.compileOrdersName);
        } catch (IllegalArgumentException e) {
            throw new AllocBudgetException(e.getMessage());
        }
        if (b.baselineFile == null) {
            b.baselineFile = b.projectDir.resolve(BaselineFile.DEFAULT_NAME);
        }
        validateReference(b);
        if (b.jmh != null && b.jmhClasspath.isEmpty()) {
            throw new IllegalStateException("JMH mode needs the jars of allocbudget-jmh and JMH: jmhClasspath");
        }
    }

    /**
     * A time gate needs a reference (times recorded in a baseline file come from another run, at another load:
     * they cannot show a regression), and a reference must be there and have something to replace.
     */
    private static void validateReference(CheckRequest.Builder b) throws AllocBudgetException {
        if (b.timeGateTolerancePercent != null && b.reference == null) {
            throw new AllocBudgetException("allocbudget: the time gate (" + PropertyNames.TIME_GATE + ") compares"
                    + " each method's time with a reference version's, measured beside it in the same run, and no"
                    + " reference is named. Name one with -D" + PropertyNames.REFERENCE + "=<a released version"
                    + " of this module, such as 1.4.0, or the path of a jar or classes directory of the code to"
                    + " compare with>. Times recorded in the baseline file are shown in the reports, but they"
                    + " gate nothing.");
        }
        if (b.reference == null) {
            return;
        }
        if (!Files.exists(b.reference.location())) {
            throw new AllocBudgetException("allocbudget: the reference " + b.reference.name() + " ("
                    + b.reference.location() + ") does not exist");
        }
        if (b.mainClassesDir == null || !b.classpath.contains(b.mainClassesDir)) {
            throw new AllocBudgetException("allocbudget: a reference takes the place of the module's classes ("
                    + b.mainClassesDir + "), which are not on its test classpath " + b.classpath);
        }
    }

    private static Threads threadsOf(String name) throws AllocBudgetException {
        if (!"all".equals(name) && !"caller".equals(name)) {
            throw new AllocBudgetException(PropertyNames.THREADS + " is '" + name + "'; use 'all' (every"
                    + " thread of the fork, the default) or 'caller' (the thread that calls the method)");
        }
        return Threads.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static boolean jfrObjectCounter(String counter) throws AllocBudgetException {
        switch (counter) {
            case "agent": return false;
            case "jfr": return true;
            default: throw new AllocBudgetException(PropertyNames.OBJECT_COUNTER + " is '" + counter
                    + "'; use 'agent' (the default: the native agent where available, JFR elsewhere) or 'jfr'");
        }
    }
}
