/**
 * The Maven-free engine's API and model: {@link dev.allocbudget.core.AllocationCheck} runs a check described by a
 * {@link dev.allocbudget.core.CheckRequest} and returns a {@link dev.allocbudget.core.CheckOutcome} of
 * {@link dev.allocbudget.core.MethodResult}s. The sub-packages do the work: {@code fork} starts the JVMs,
 * {@code check} decides verdicts, {@code baseline} reads and writes the baseline file, {@code jmh} runs JMH mode,
 * {@code report} writes the reports and composes the console text, {@code io} reads and writes JSON and files.
 */
package dev.allocbudget.core;
