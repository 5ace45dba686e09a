package dev.allocbudget.core.model;

/**
 * JMH gave no figures for a method.
 *
 * @param prepared false when the benchmarks could not even be generated (every method then fails alike)
 * @param why      why, or {@code null} when JMH's run simply had no row for it
 */
public record JmhFailure(boolean prepared, Problem why) implements JmhOutcome {}
