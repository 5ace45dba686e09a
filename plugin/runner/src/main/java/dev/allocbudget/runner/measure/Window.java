package dev.allocbudget.runner.measure;

import java.util.Locale;

/** One window: {@code bytes} allocated by {@code ops} calls, {@code callerBytes} of them by the calling thread. */
public record Window(long ops, long bytes, long callerBytes) {
    Window(long ops, long bytes) {
        this(ops, bytes, bytes);
    }

    public double bytesPerOp() {
        return (double) bytes / ops;
    }

    Window plus(Window other) {
        return new Window(ops + other.ops, bytes + other.bytes, callerBytes + other.callerBytes);
    }

    /** Equal figures; the caller's share of them may differ (a worker that allocates inside one or the next). */
    boolean sameAs(Window other) {
        return ops == other.ops && bytes == other.bytes;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d B / %d calls", bytes, ops);
    }
}
