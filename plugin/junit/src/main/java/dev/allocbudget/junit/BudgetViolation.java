package dev.allocbudget.junit;

/**
 * A test failure: the method was measured and allocates more than its budget, or more than its baseline, in two
 * forks. An {@link AssertionError}, so launchers count it as a failure. Its one frame is the budget method, where
 * IDEs jump to.
 */
final class BudgetViolation extends AssertionError {
    BudgetViolation(String message, StackTraceElement at) {
        super(message);
        setStackTrace(new StackTraceElement[] {at});
    }
}
