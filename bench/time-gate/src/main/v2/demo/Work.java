package demo;

/**
 * The code after the change: twiceAsSlow makes 8 passes instead of 4, slower30 13 instead of 10. Each method makes passes of FNV-1a over the data; each pass depends on the one before (the hash
 * carries over, mixed with the pass number), so the JIT can neither drop nor merge them, and the time grows with the
 * passes. No method allocates.
 */
public final class Work {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private Work() {}

    public static long same(byte[] data) {
        return passes(data, 6);
    }

    public static long twiceAsSlow(byte[] data) {
        return passes(data, 8);
    }

    public static long slower30(byte[] data) {
        return passes(data, 13);
    }

    private static long passes(byte[] data, int passes) {
        long h = OFFSET;
        for (int pass = 0; pass < passes; pass++) {
            for (byte b : data) {
                h = (h ^ b) * PRIME;
            }
            h ^= pass;
        }
        return h;
    }
}
