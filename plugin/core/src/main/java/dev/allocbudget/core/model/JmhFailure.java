package dev.allocbudget.core.model;

/**
 * JMH gave no figures for a method.
 *
 * @param prepared false when the benchmarks could not even be generated (every method then fails alike)
 * @param why      why, or {@code null} when JMH's run simply had no row for it
 * @param required the time gate needed JMH's figures, so the method is an error; otherwise its verdict is the
 *                 check's figure's alone, and the failure a warning
 */
public record JmhFailure(boolean prepared, Problem why, boolean required) implements JmhOutcome {}
