/**
 * Bytes per call: the measuring loop ({@link dev.allocbudget.runner.measure.MeasurementLoop}, and
 * {@link dev.allocbudget.runner.measure.BenchmarkLoop} for JMH {@code @Benchmark} methods), the allocation counters
 * ({@link dev.allocbudget.runner.measure.AllocationCounter}), and the settle rule
 * ({@link dev.allocbudget.runner.measure.SteadyStateMeter}, with {@link dev.allocbudget.runner.measure.PeriodFinder}
 * for allocation on some calls only, reading its windows from a {@link dev.allocbudget.runner.measure.WindowSource}:
 * in a fork {@link dev.allocbudget.runner.measure.LoopWindows}, in the unit tests a replayed trace).
 */
package dev.allocbudget.runner.measure;
