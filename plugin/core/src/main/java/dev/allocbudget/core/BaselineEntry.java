package dev.allocbudget.core;

/**
 * One method's recorded figures in the baseline file.
 *
 * @param objectsPerOp {@code null} when objects were not counted when the baseline was recorded
 * @param reason       the human reason a reviewer wrote for the figure; kept when the file is rewritten
 */
public record BaselineEntry(double bytesPerOp, Double objectsPerOp, String reason) {}
