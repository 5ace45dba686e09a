package demo;

/** Production code with no JMH anywhere: one method that boxes, one that does not allocate. */
public final class Numbers {
    private Numbers() {}

    public static Integer boxed(int value) {
        return value; // Integer.valueOf outside -128..127: a new Integer, 16 B
    }

    public static int mix(int value) {
        return value * 31 + (value >>> 7);
    }
}
