package demo;

/** The production code before the change. */
public final class Codec {
    private Codec() {}

    public static int[] encode(int value) {
        return new int[] {value, value >>> 8, value >>> 16, value >>> 24}; // 32 B, 1 object
    }

    public static Integer decode(int value) {
        return value; // Integer.valueOf outside the cache: 16 B, 1 object
    }

    public static int checksum(int value) {
        return value * 31 + 7;
    }
}
