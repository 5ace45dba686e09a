package dev.allocbudget.core;

import java.time.Duration;

/**
 * What the check found for one method.
 *
 * @param bytesPerOp bytes one call allocates in steady state, or {@code null} when it was not measured (never 0 in
 *                   place of an unknown figure)
 * @param objects    objects per call and their sites, or why they were not counted
 * @param message    for {@code FAIL} and {@code ERROR}, one line (errors may add detail lines) starting with the id;
 *                   otherwise {@code null}, or a note
 * @param elapsed    wall time of the forks that measured the method
 */
public record MethodResult(String id, Double bytesPerOp, ObjectCount objects, Budget budget, Verdict verdict,
        String message, Duration elapsed) {}
