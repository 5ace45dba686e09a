package dev.allocbudget.examples.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes JSON as UTF-8 bytes into a buffer it reuses from one response to the next: numbers as ASCII digits with
 * {@link Ascii#putLong}, strings escaped and encoded character by character, no {@code String} built on the way.
 * Create one per thread (or per connection), {@link #reset} it per response and send {@code buffer()[0, size())}.
 */
public final class JsonWriter {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);

    private byte[] buf;
    private int size;

    /** @param capacity the size of the largest response expected: the buffer grows past it, but only then */
    public JsonWriter(int capacity) {
        buf = new byte[capacity];
    }

    public JsonWriter reset() {
        size = 0;
        return this;
    }

    public byte[] buffer() {
        return buf;
    }

    public int size() {
        return size;
    }

    /** {@code {"id":…,"name":"…","balance":…,"active":…}}, appended to what is in the buffer. */
    public JsonWriter account(Account a) {
        ensure(64);
        raw('{');
        raw('"'); raw('i'); raw('d'); raw('"'); raw(':');
        number(a.id());
        ensure(16);
        raw(','); raw('"'); raw('n'); raw('a'); raw('m'); raw('e'); raw('"'); raw(':');
        string(a.name());
        ensure(16 + Ascii.MAX_LONG_LENGTH);
        raw(','); raw('"'); raw('b'); raw('a'); raw('l'); raw('a'); raw('n'); raw('c'); raw('e'); raw('"'); raw(':');
        number(a.balance());
        ensure(16);
        raw(','); raw('"'); raw('a'); raw('c'); raw('t'); raw('i'); raw('v'); raw('e'); raw('"'); raw(':');
        bytes(a.active() ? TRUE : FALSE);
        raw('}');
        return this;
    }

    /** A JSON number. */
    public JsonWriter number(long value) {
        ensure(Ascii.MAX_LONG_LENGTH);
        size = Ascii.putLong(value, buf, size);
        return this;
    }

    /**
     * A JSON string: {@code "} and {@code \} escaped, control characters as {@code \n}, {@code \r}, {@code \t} or
     * {@code &#92;u00XX}, everything else in UTF-8; a lone surrogate becomes {@code ?}, as {@code String.getBytes} does.
     */
    public JsonWriter string(String s) {
        int n = s.length();
        ensure(n + 2);
        raw('"');
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                ensure(1);
                raw(c);
            } else if (c < 0x80) {
                escape(c);
            } else if (c < 0x800) {
                ensure(2);
                raw(0xc0 | c >> 6);
                raw(0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                ensure(4);
                raw(0xf0 | cp >> 18);
                raw(0x80 | cp >> 12 & 0x3f);
                raw(0x80 | cp >> 6 & 0x3f);
                raw(0x80 | cp & 0x3f);
            } else if (Character.isSurrogate(c)) {
                ensure(1);
                raw('?');
            } else {
                ensure(3);
                raw(0xe0 | c >> 12);
                raw(0x80 | c >> 6 & 0x3f);
                raw(0x80 | c & 0x3f);
            }
        }
        ensure(1);
        raw('"');
        return this;
    }

    private void escape(char c) {
        ensure(6);
        raw('\\');
        switch (c) {
            case '"', '\\' -> raw(c);
            case '\n' -> raw('n');
            case '\r' -> raw('r');
            case '\t' -> raw('t');
            default -> {
                raw('u'); raw('0'); raw('0');
                raw(HEX[c >> 4]);
                raw(HEX[c & 0xf]);
            }
        }
    }

    private void bytes(byte[] b) {
        ensure(b.length + 1);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
    }

    private void raw(int b) {
        buf[size++] = (byte) b;
    }

    private void ensure(int more) {
        if (buf.length - size < more) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }

    /**
     * The same bytes the usual way: a String built by concatenation, then {@code getBytes}. A new String, its
     * escaped name and a new {@code byte[]} per response.
     */
    public static byte[] naiveAccount(Account a) {
        String json = "{\"id\":" + a.id() + ",\"name\":\"" + naiveEscape(a.name()) + "\",\"balance\":" + a.balance()
                + ",\"active\":" + a.active() + "}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    static String naiveEscape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
