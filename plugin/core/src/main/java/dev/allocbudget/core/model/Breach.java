package dev.allocbudget.core.model;

/**
 * A figure beyond one of its limits.
 *
 * @param quantity         what was exceeded
 * @param figure           the figure (for time, the ratio of this build's time to the reference's)
 * @param limit            what it is held to: the budget, the recorded figure, the reference's (for time, 1)
 * @param tolerancePercent how far above {@code limit} a figure may be (0 for a budget)
 * @param against          where the limit comes from
 */
public record Breach(Quantity quantity, double figure, double limit, double tolerancePercent, LimitKind against) {}
