package demo.util;

public final class Pairs {
    private Pairs() {}

    public static long[] pair(long a, long b) {
        return new long[] {a, b};
    }
}
