package dev.allocbudget.runner.measure;

import java.util.Locale;

/**
 * One window: {@code bytes} allocated by {@code ops} calls, {@code callerBytes} of them by the calling thread (or
 * the calling threads together), and for a method called by several threads at once ({@link ParallelCalls}) each
 * one's calls and bytes ({@code perThread}; null with one).
 */
public record Window(long ops, long bytes, long callerBytes, PerThread perThread) {
    Window(long ops, long bytes) {
        this(ops, bytes, bytes, null);
    }

    Window(long ops, long bytes, long callerBytes) {
        this(ops, bytes, callerBytes, null);
    }

    /** The calls and bytes of each calling thread, by thread, in windows added together. */
    public record PerThread(long[] calls, long[] bytes) {
        PerThread plus(PerThread other) {
            long[] c = calls.clone();
            long[] b = bytes.clone();
            for (int i = 0; i < c.length; i++) {
                c[i] += other.calls[i];
                b[i] += other.bytes[i];
            }
            return new PerThread(c, b);
        }
    }

    public double bytesPerOp() {
        return (double) bytes / ops;
    }

    Window plus(Window other) {
        return new Window(ops + other.ops, bytes + other.bytes, callerBytes + other.callerBytes,
                perThread == null || other.perThread == null ? null : perThread.plus(other.perThread));
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
