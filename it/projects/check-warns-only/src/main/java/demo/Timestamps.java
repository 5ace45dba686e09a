package demo;

/** Production code under budget: one boxes a long outside the Long cache, one does not allocate. */
public final class Timestamps {
    private Timestamps() {}

    public static Long boxed(long millis) {
        return millis; // Long.valueOf: a new Long (12 B header + 8 B value = 24 B) outside -128..127
    }

    public static long rounded(long millis) {
        return millis - millis % 1000;
    }
}
