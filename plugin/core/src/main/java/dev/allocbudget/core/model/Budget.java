package dev.allocbudget.core.model;

/**
 * The limits of one method; {@code null} means no limit.
 *
 * @param bytes   the most bytes one call may allocate
 * @param objects the most objects one call may allocate
 */
public record Budget(Long bytes, Long objects) {
    public static final Budget NONE = new Budget(null, null);

    /** From the annotation's values, where {@code -1} means no limit. */
    public static Budget of(long bytes, long objects) {
        return new Budget(bytes == -1 ? null : bytes, objects == -1 ? null : objects);
    }
}
