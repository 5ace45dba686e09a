package demo;

import java.nio.charset.StandardCharsets;

/** Production code under budget. */
public final class Codec {
    private Codec() {}

    public static byte[] encode(String text) {
        return text.getBytes(StandardCharsets.UTF_8); // one byte[] of the encoded length
    }

    public static String decode(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1); // a String and its byte[]
    }
}
