package dev.allocbudget.core.model;

/**
 * One fork's figures for a method.
 *
 * @param bytesPerOp bytes one call allocates in steady state
 * @param objects    objects per call and their sites, or why they were not counted; {@code null} when counting was
 *                   not asked for
 * @param detail     how {@code bytesPerOp} is made up (threads, mean)
 */
public record Figure(double bytesPerOp, ObjectCount objects, FigureDetail detail) {

    /** Objects per call, or {@code null} when they were not counted. */
    public Double objectsPerOp() {
        return objects == null ? null : objects.perOp();
    }
}
