package demo;

import java.util.List;

/** Production code whose allocation depends on what C2's escape analysis removes. */
public final class Shapes {
    private Shapes() {}

    /** A 64-element array that never leaves the method: scalar-replaced, no allocation. */
    public static int localArray(byte first, byte last) {
        byte[] b = new byte[64];
        b[0] = first;
        b[63] = last;
        return b[0] + b[63] + b.length;
    }

    /** The varargs array does not escape sum: no allocation once inlined. */
    public static int varargs(int a, int b, int c) {
        return sum(a, b, c);
    }

    private static int sum(int... xs) {
        int s = 0;
        for (int x : xs) {
            s += x;
        }
        return s;
    }

    /** The iterator does not escape: no allocation. */
    public static int total(List<Integer> values) {
        int s = 0;
        for (int v : values) {
            s += v;
        }
        return s;
    }

    /** The builder is removed, the String (24 B) and its 6-byte array (24 B) remain: 48 B. */
    public static String concat(String a, String b) {
        return new StringBuilder().append(a).append(b).toString();
    }
}
