package dev.allocbudget.junit;

import dev.allocbudget.core.io.Figures;
import dev.allocbudget.core.model.CheckListener;
import dev.allocbudget.core.model.Environment;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.report.ConsoleText;
import dev.allocbudget.runner.protocol.MethodId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * Tells JUnit about a check's progress. The check hands over its verdicts in id order, so the rows are started in
 * that order too: each as soon as the one before it has finished, which makes a test's time the wall time until
 * its verdict. A class is started with its first row and finished with its last. Each row publishes its figures as
 * a report entry ({@code bytesPerOp}, {@code objectsPerOp}) and prints the check's progress line as its output.
 */
final class RowProgress implements CheckListener {
    private final EngineExecutionListener junit;
    private final TreeMap<MethodId, BudgetRowDescriptor> waiting = new TreeMap<>(); // the check's order: by id
    private final Map<TestDescriptor, Integer> openRows = new HashMap<>();
    private final Set<TestDescriptor> started = new HashSet<>();
    private final boolean failOnViolation;

    /** @param failOnViolation whether a violation fails its test, as it fails the plugin's goal */
    RowProgress(EngineExecutionListener junit, List<BudgetRowDescriptor> rows, boolean failOnViolation) {
        this.junit = junit;
        this.failOnViolation = failOnViolation;
        for (BudgetRowDescriptor row : rows) {
            waiting.put(row.id(), row);
            openRows.merge(row.getParent().orElseThrow(), 1, Integer::sum);
        }
    }

    @Override
    public void started(Environment environment, int methods) {
        startNext();
    }

    @Override
    public void methodFinished(int index, int total, MethodResult result) {
        BudgetRowDescriptor row = waiting.get(result.id());
        if (row == null) {
            return; // not selected: the request names only selected ids
        }
        start(row);
        System.out.println(ConsoleText.progressLine(index, total, result));
        junit.reportingEntryPublished(row, ReportEntry.from(figures(result)));
        finish(row, JUnitVerdicts.of(result, frameOf(row), failOnViolation));
        startNext();
    }

    @Override
    public void warning(String message) {
        System.err.println("[allocbudget] WARNING " + message);
    }

    /** Every row still waiting fails with {@code why}: the check could not run, or did not reach it. */
    void notMeasured(String why) {
        while (!waiting.isEmpty()) {
            BudgetRowDescriptor row = waiting.firstEntry().getValue();
            start(row);
            finish(row, TestExecutionResult.failed(new NotMeasured(why, frameOf(row))));
        }
    }

    /** Every row still waiting is aborted: the run was interrupted. */
    void aborted(String why) {
        while (!waiting.isEmpty()) {
            BudgetRowDescriptor row = waiting.firstEntry().getValue();
            start(row);
            finish(row, TestExecutionResult.aborted(new NotMeasured(why)));
        }
    }

    private void startNext() {
        if (!waiting.isEmpty()) {
            start(waiting.firstEntry().getValue());
        }
    }

    private void start(BudgetRowDescriptor row) {
        TestDescriptor container = row.getParent().orElseThrow();
        if (started.add(container)) {
            junit.executionStarted(container);
        }
        if (started.add(row)) {
            junit.executionStarted(row);
        }
    }

    private void finish(BudgetRowDescriptor row, TestExecutionResult result) {
        waiting.remove(row.id());
        junit.executionFinished(row, result);
        TestDescriptor container = row.getParent().orElseThrow();
        if (openRows.merge(container, -1, Integer::sum) == 0) {
            junit.executionFinished(container, TestExecutionResult.successful());
        }
    }

    private static Map<String, String> figures(MethodResult result) {
        Map<String, String> figures = new LinkedHashMap<>();
        if (result.bytesPerOp() != null) {
            figures.put("bytesPerOp", Figures.number(result.bytesPerOp()));
        }
        if (result.objectsPerOp() != null) {
            figures.put("objectsPerOp", Figures.number(result.objectsPerOp()));
        }
        figures.put("verdict", result.verdict().name());
        if (result.baseline() != null) {
            figures.put("baseline", result.baseline().status().name());
        }
        return figures;
    }

    /** The budget method as a stack frame, so an IDE's failure view jumps to it. */
    private static StackTraceElement frameOf(BudgetRowDescriptor row) {
        String className = ((BudgetClassDescriptor) row.getParent().orElseThrow()).type().getName();
        String outer = className.substring(className.lastIndexOf('.') + 1).split("\\$")[0];
        return new StackTraceElement(className, row.id().method(), outer + ".java", -1);
    }
}
