package dev.allocbudget.junit;

import dev.allocbudget.core.GoalEnd;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.Verdict;
import dev.allocbudget.core.report.ConsoleText;
import dev.allocbudget.core.report.ResultText;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;

/**
 * A verdict of the check as a JUnit result, with the text the plugin prints for it. Whether it fails is the goals'
 * decision ({@link GoalEnd#fails}): {@code PASS} succeeds; {@code FAIL} and {@code REGRESSED} fail with the method's
 * message and its allocation sites (unless {@code allocbudget.failOnViolation} is false); {@code ERROR} fails with
 * the message that says why the method was not measured.
 */
final class JUnitVerdicts {
    private JUnitVerdicts() {}

    static TestExecutionResult of(MethodResult result, StackTraceElement method, boolean failOnViolation) {
        if (!GoalEnd.fails(result, GoalEnd.FailOn.of(failOnViolation, false))) {
            return TestExecutionResult.successful();
        }
        return result.verdict() == Verdict.ERROR
                ? TestExecutionResult.failed(new NotMeasured(ResultText.withId(result), method))
                : TestExecutionResult.failed(new BudgetViolation(violation(result), method));
    }

    /** As the plugin prints a violation: its message, then its allocation sites. */
    static String violation(MethodResult result) {
        List<String> lines = new ArrayList<>();
        lines.add(ResultText.withId(result));
        if (!result.isTimeOnlyRegression()) {
            ConsoleText.siteLines(result, ConsoleText.MAX_SITES_SHOWN).forEach(line -> lines.add("  " + line));
        }
        return String.join("\n", lines);
    }
}
