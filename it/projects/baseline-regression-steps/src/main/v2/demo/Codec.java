package demo;

/** The production code after the change: encode also keeps its last frame, one more object per call. */
public final class Codec {
    private static volatile Frame last;

    private Codec() {}

    public static int[] encode(int value) {
        int[] words = {value, value >>> 8, value >>> 16, value >>> 24}; // site:words
        last = new Frame(words); // site:frame
        return words;
    }

    public static Integer decode(int value) {
        return value; // Integer.valueOf outside the cache: 16 B, 1 object
    }

    public static int checksum(int value) {
        return value * 31 + 7;
    }

    /** What v2 keeps of the last call, for diagnostics: 16 B per call. */
    public record Frame(int[] words) {}
}
