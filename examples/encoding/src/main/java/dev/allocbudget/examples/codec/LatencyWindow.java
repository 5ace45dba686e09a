package dev.allocbudget.examples.codec;

import java.util.Arrays;

/**
 * The latencies of one request's calls, in microseconds, kept in a {@code long[]} the window owns: adding a value
 * stores a primitive, where a {@code List<Long>} would store a {@code Long} object for every value outside
 * {@code -128..127}.
 */
public final class LatencyWindow {
    private long[] values;
    private int size;

    public LatencyWindow(int capacity) {
        values = new long[capacity];
    }

    public void clear() {
        size = 0;
    }

    public void add(long micros) {
        if (size == values.length) {
            values = Arrays.copyOf(values, Math.max(8, size * 2));
        }
        values[size++] = micros;
    }

    public int size() {
        return size;
    }

    public long sum() {
        long sum = 0;
        for (int i = 0; i < size; i++) {
            sum += values[i];
        }
        return sum;
    }

    /** The largest value, {@code Long.MIN_VALUE} when empty. */
    public long max() {
        long max = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            max = Math.max(max, values[i]);
        }
        return max;
    }
}
