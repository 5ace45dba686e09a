package demo;

/** The code after the change: encode copies twice, box no longer boxes, and there is a new method. */
public final class Codec {
    private static final Object CACHED = 1000L;

    private Codec() {}

    /** Two copies: 64 B, the regression. */
    public static byte[] encode(byte[] data) {
        byte[] scratch = java.util.Arrays.copyOf(data, 16);
        Sink.keep = scratch;
        return java.util.Arrays.copyOf(scratch, 16);
    }

    /** Allocation-free now: the improvement. */
    public static Object box(long value) {
        return value == 0 ? CACHED : Long.valueOf(value + 1000);
    }

    public static int checksum(byte[] data) {
        int sum = 0;
        for (byte b : data) {
            sum = 31 * sum + b;
        }
        return sum;
    }

    /** New in this version: the reference cannot run it. */
    public static int length(byte[] data) {
        return data.length;
    }

    static final class Sink {
        static volatile Object keep;
    }
}
