package dev.allocbudget.core.model;

/**
 * The limits of one method; {@code null} means no limit.
 *
 * @param bytes   the most bytes one call may allocate
 * @param objects the most objects one call may allocate
 * @param java    which of the method's budgets per Java version this is ({@code budget for Java 21+}, {@code budget
 *                for other Java versions}, {@code no budget for Java 17}); {@code null} when the method has one
 *                budget for every Java
 * @param threads how many threads call the method at once while it is measured (1, or the budget's {@code threads})
 */
public record Budget(Long bytes, Long objects, String java, int threads) {
    public static final Budget NONE = new Budget(null, null);

    public Budget(Long bytes, Long objects) {
        this(bytes, objects, null);
    }

    public Budget(Long bytes, Long objects, String java) {
        this(bytes, objects, java, 1);
    }

    /** From the annotation's values, where {@code -1} means no limit. */
    public static Budget of(long bytes, long objects) {
        return of(bytes, objects, null);
    }

    public static Budget of(long bytes, long objects, String java) {
        return of(bytes, objects, java, 1);
    }

    public static Budget of(long bytes, long objects, String java, int threads) {
        return new Budget(bytes == -1 ? null : bytes, objects == -1 ? null : objects, java, threads);
    }
}
