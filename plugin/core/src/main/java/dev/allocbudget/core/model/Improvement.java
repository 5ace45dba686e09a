package dev.allocbudget.core.model;

/**
 * A figure below its baseline entry (or the reference's figure) by more than the tolerance.
 *
 * @param recorded the baseline's or the reference's figure
 */
public record Improvement(Quantity quantity, double figure, double recorded, LimitKind against) {}
