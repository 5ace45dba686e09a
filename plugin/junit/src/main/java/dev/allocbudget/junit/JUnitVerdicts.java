package dev.allocbudget.junit;

import dev.allocbudget.core.MethodResult;
import dev.allocbudget.core.report.ConsoleText;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;

/**
 * A verdict of the check as a JUnit result, with the text the plugin prints for it: {@code PASS} succeeds;
 * {@code FAIL} and {@code REGRESSED} fail with the method's message and its allocation sites; {@code ERROR} is an
 * error with the message that says why the method was not measured.
 */
final class JUnitVerdicts {
    private JUnitVerdicts() {}

    static TestExecutionResult of(MethodResult result, StackTraceElement method) {
        return switch (result.verdict()) {
            case PASS -> TestExecutionResult.successful();
            case FAIL, REGRESSED -> TestExecutionResult.failed(new BudgetViolation(violation(result), method));
            case ERROR -> TestExecutionResult.failed(new NotMeasured(result.message(), method));
        };
    }

    /** As the plugin prints a violation: its message, then its allocation sites. */
    static String violation(MethodResult result) {
        List<String> lines = new ArrayList<>();
        lines.add(result.message());
        if (!result.isTimeOnlyRegression()) {
            ConsoleText.siteLines(result, ConsoleText.MAX_SITES_SHOWN).forEach(line -> lines.add("  " + line));
        }
        return String.join("\n", lines);
    }
}
