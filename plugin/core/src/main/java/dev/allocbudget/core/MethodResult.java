package dev.allocbudget.core;

import java.time.Duration;

/**
 * What the check found for one method.
 *
 * @param bytesPerOp bytes one call allocates in steady state, or {@code null} when it was not measured (never 0 in
 *                   place of an unknown figure)
 * @param objects    objects per call and their sites, or why they were not counted
 * @param baseline   how the figures compare with the baseline file, or {@code null} when there is no baseline file
 *                   or no figure
 * @param message    for {@code FAIL}, {@code REGRESSED} and {@code ERROR}, one line (errors may add detail lines)
 *                   starting with the id; otherwise {@code null}, or a note
 * @param elapsed    wall time of the forks that measured the method
 */
public record MethodResult(String id, Double bytesPerOp, ObjectCount objects, Budget budget,
        BaselineComparison baseline, Verdict verdict, String message, Duration elapsed) {

    /** Objects per call, or {@code null} when they were not counted. */
    public Double objectsPerOp() {
        return objects == null ? null : objects.perOp();
    }

    /** The class part of the id. */
    public String className() {
        return id.substring(0, id.indexOf('#'));
    }

    /** The method part of the id. */
    public String methodName() {
        return id.substring(id.indexOf('#') + 1);
    }
}
