package dev.allocbudget.runner.protocol;

/**
 * An events file the host cannot read: written by another protocol version (a runner jar of another allocbudget
 * version on the fork's class path), not an events file at all, or with a line that is not an event.
 */
public final class EventFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public EventFileException(String message) {
        super(message);
    }
}
