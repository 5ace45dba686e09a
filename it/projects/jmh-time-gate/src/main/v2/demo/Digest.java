package demo;

/**
 * The production code after the change: digest makes 20 passes over the data instead of one. Each pass depends on
 * the one before (the hash carries over, mixed with the pass number), so the JIT can neither drop nor merge them:
 * the same work 20 times, some 20x slower, and still no allocation.
 */
public final class Digest {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;
    private static final int PASSES = 20;

    private Digest() {}

    public static long digest(byte[] data) {
        long h = OFFSET;
        for (int pass = 0; pass < PASSES; pass++) {
            for (int i = 0; i < data.length; i++) {
                h = (h ^ data[i]) * PRIME;
            }
            h ^= pass;
        }
        return h;
    }

    /** Unchanged. */
    public static long fnv(byte[] data, int length) {
        long h = OFFSET;
        for (int i = 0; i < length; i++) {
            h = (h ^ data[i]) * PRIME;
        }
        return h;
    }
}
