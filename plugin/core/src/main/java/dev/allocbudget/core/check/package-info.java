/** Verdicts: what a figure is held to ({@code Limits}), confirming a violation in further forks ({@code MethodMeasurer}), the JMH time gate, and selecting methods by id. */
package dev.allocbudget.core.check;
