package dev.allocbudget.examples.codec;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reading one parameter of a query string such as {@code q=shoes&page=3&sort=price} that sits in a request buffer.
 * {@link #paramAsLong} reads it in place; {@link #naiveParamAsLong} is the usual String-based version.
 */
public final class Query {
    private Query() {}

    /**
     * The value of parameter {@code name} in {@code buf[offset, offset + length)}, parsed as a non-negative decimal
     * {@code long}, read in place: keys are compared byte by byte and digits parsed where they are.
     *
     * @param name the parameter's name as ASCII bytes
     * @return the value, or -1 if the parameter is absent or its value is not a number
     */
    public static long paramAsLong(byte[] buf, int offset, int length, byte[] name) {
        Objects.checkFromIndexSize(offset, length, buf.length);
        int end = offset + length;
        int pair = offset;
        while (pair < end) {
            int pairEnd = indexOf(buf, (byte) '&', pair, end);
            int eq = indexOf(buf, (byte) '=', pair, pairEnd);
            if (eq < pairEnd && regionEquals(buf, pair, eq, name)) {
                return parseDigits(buf, eq + 1, pairEnd);
            }
            pair = pairEnd + 1;
        }
        return -1;
    }

    /** The same answer as {@link #paramAsLong}, through a String, {@code split} and {@code Long.parseLong}. */
    public static long naiveParamAsLong(byte[] buf, int offset, int length, String name) {
        String query = new String(buf, offset, length, StandardCharsets.US_ASCII);
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2 && kv[0].equals(name)) {
                return isDigits(kv[1]) ? Long.parseLong(kv[1]) : -1;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] buf, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return to;
    }

    private static boolean regionEquals(byte[] buf, int from, int to, byte[] name) {
        if (to - from != name.length) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (buf[from + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    /** Digits only, 1 to 18 of them (no overflow), else -1: the same rule as {@link #isDigits}. */
    private static long parseDigits(byte[] buf, int from, int to) {
        if (to == from || to - from > 18) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            int digit = buf[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
