package dev.allocbudget.runner.protocol;

/** A line that is not an event of this protocol version: an unknown tag, or fields that do not fit its record. */
public final class MalformedEventException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public MalformedEventException(String message) {
        super(message);
    }
}
