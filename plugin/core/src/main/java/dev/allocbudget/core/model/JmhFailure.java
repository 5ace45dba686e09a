package dev.allocbudget.core.model;

/**
 * JMH gave no figures for a method.
 *
 * @param prepared false when the benchmarks could not even be generated (every method then fails alike)
 * @param why      why, or {@code null} when JMH's run simply had no row for it
 * @param required the method is an error: JMH could not be prepared or run (the user asked for JMH), or the time
 *                 gate needed its figures; false only for a method whose shape JMH refuses outside the time gate,
 *                 whose verdict is then the check's figure's alone
 */
public record JmhFailure(boolean prepared, Problem why, boolean required) implements JmhOutcome {}
