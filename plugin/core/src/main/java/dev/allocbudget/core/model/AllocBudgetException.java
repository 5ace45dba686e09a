package dev.allocbudget.core.model;

/** The check could not run at all (no test classes, a discovery fork that failed, an unwritable report). */
public class AllocBudgetException extends Exception {
    public AllocBudgetException(String message) {
        super(message);
    }

    public AllocBudgetException(String message, Throwable cause) {
        super(message, cause);
    }
}
