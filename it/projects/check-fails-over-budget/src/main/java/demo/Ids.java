package demo;

/** Production code under budget: one boxes outside the Integer cache, one does not allocate. */
public final class Ids {
    private Ids() {}

    public static Integer boxed(int value) {
        return value; // Integer.valueOf: a new Integer (16 B) outside -128..127
    }

    public static int unboxed(int value) {
        return value * 31;
    }
}
