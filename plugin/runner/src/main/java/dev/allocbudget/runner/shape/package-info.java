/**
 * What a budget method may look like: the shape rules ({@link dev.allocbudget.runner.shape.BudgetMethods}), JMH
 * shapes, {@code @Param} rows and {@code @State} classes read by annotation name, and their set-up and tear-down as
 * JMH would run them ({@link dev.allocbudget.runner.shape.BenchmarkStates}). Nothing here measures.
 */
package dev.allocbudget.runner.shape;
