package demo;

/** Production code under budget: a counter that does not allocate, one that boxes, one that copies. */
public final class Counters {
    private Counters() {}

    public static int increment(int[] counts, int key) {
        return ++counts[key & (counts.length - 1)];
    }

    public static Integer boxed(int value) {
        return value; // Integer.valueOf: a new Integer (16 B) outside -128..127
    }

    public static long[] snapshot(long a, long b, long c, long d) {
        return new long[] {a, b, c, d}; // 16 B header + 4 * 8 B = 48 B
    }
}
