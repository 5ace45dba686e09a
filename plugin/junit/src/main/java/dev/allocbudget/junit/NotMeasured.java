package dev.allocbudget.junit;

/**
 * A test error: the method could not be measured (wrong shape, it threw, its fork died or hung, no settled figure)
 * or the engine could not run. Not an {@link AssertionError}, so launchers count it as an error, not a failure. Its
 * frames are the budget method's, where there is one: the engine's own would say nothing about the user's code.
 */
final class NotMeasured extends RuntimeException {
    NotMeasured(String message, StackTraceElement... at) {
        super(message);
        setStackTrace(at);
    }
}
