package dev.allocbudget.core.model;

/** Progress callbacks of a check, called on the thread that runs it. */
public interface CheckListener {
    /** Called when discovery found methods to check, before the first is measured. */
    default void started(Environment environment, int methods) {}

    /** Called when a method has its verdict; {@code index} counts from 1. */
    default void methodFinished(int index, int total, MethodResult result) {}

    /** Called before the methods run under JMH, after the check measured them all. */
    default void jmhStarted(int methods, String options) {}

    /** Called when JMH has measured a row; {@code index} counts methods from 1, {@code left} estimates the rest. */
    default void jmhFinished(int index, int total, MethodResult row, java.time.Duration left) {}

    /** Called for something worth a line in the log that needs no action. */
    default void info(String message) {}

    /** Called for something the user should know that does not change a verdict. */
    default void warning(String message) {}
}
