package dev.allocbudget.examples.codec;

import java.util.Objects;

/** Numbers written as ASCII digits straight into a caller's buffer, as a response writer would. */
public final class Ascii {
    /** The most bytes {@link #putLong} writes, for {@code -9223372036854775808}. */
    public static final int MAX_LONG_LENGTH = 20;

    private Ascii() {}

    /**
     * Writes {@code value} in decimal at {@code dst[offset]}.
     *
     * @return the offset just after the last byte written
     * @throws IndexOutOfBoundsException if the digits do not fit; nothing is written then
     */
    public static int putLong(long value, byte[] dst, int offset) {
        int end = offset + length(value);
        Objects.checkFromToIndex(offset, end, dst.length);
        // digits come out of the negated value: -Long.MIN_VALUE does not exist, -Long.MAX_VALUE does
        long negative = value < 0 ? value : -value;
        int i = end;
        do {
            dst[--i] = (byte) ('0' - negative % 10);
            negative /= 10;
        } while (negative != 0);
        if (value < 0) {
            dst[--i] = '-';
        }
        return end;
    }

    /** The number of bytes {@code value} takes in decimal, sign included. */
    static int length(long value) {
        int sign = value < 0 ? 1 : 0;
        long negative = value < 0 ? value : -value;
        long bound = -10;
        for (int digits = 1; digits < 19; digits++) {
            if (negative > bound) {
                return sign + digits;
            }
            bound *= 10;
        }
        return sign + 19;
    }
}
