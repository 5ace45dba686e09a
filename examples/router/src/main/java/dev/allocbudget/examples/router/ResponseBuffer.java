package dev.allocbudget.examples.router;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer that a response is written into, reused from request to request. ASCII only. */
public final class ResponseBuffer {
    private byte[] bytes;
    private int length;

    public ResponseBuffer(int capacity) {
        bytes = new byte[capacity];
    }

    public ResponseBuffer reset() {
        length = 0;
        return this;
    }

    public int length() {
        return length;
    }

    public ResponseBuffer append(byte[] b) {
        return append(b, 0, b.length);
    }

    public ResponseBuffer append(byte[] b, int offset, int count) {
        ensure(count);
        System.arraycopy(b, offset, bytes, length, count);
        length += count;
        return this;
    }

    public ResponseBuffer append(ResponseBuffer other) {
        return append(other.bytes, 0, other.length);
    }

    /** Appends the characters of {@code s}, one byte each (callers write ASCII). */
    public ResponseBuffer ascii(CharSequence s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            bytes[length++] = (byte) s.charAt(i);
        }
        return this;
    }

    /** Appends {@code v} in decimal, without a String in between. */
    public ResponseBuffer decimal(long v) {
        if (v == Long.MIN_VALUE) {
            return ascii("-9223372036854775808");
        }
        ensure(20);
        if (v < 0) {
            bytes[length++] = '-';
            v = -v;
        }
        int digits = 1;
        for (long t = v; t >= 10; t /= 10) {
            digits++;
        }
        for (int i = length + digits - 1; i >= length; i--) {
            bytes[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        length += digits;
        return this;
    }

    /** The content as a String, for tests and logs: this allocates. */
    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
        }
    }
}
