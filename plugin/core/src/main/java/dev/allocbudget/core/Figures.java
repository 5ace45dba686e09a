package dev.allocbudget.core;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats figures the same way everywhere (console, messages, report): {@code Locale.ROOT}, no trailing zeros. */
final class Figures {
    private Figures() {}

    /** {@code 56}, {@code 12.5}, {@code 48.392}: at most three decimals, which shows any real figure exactly. */
    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    /** {@code 50}, {@code 12}, {@code 4.5}, {@code 0.3}: whole percent from 10 up, one decimal below. */
    static String percent(double value) {
        int scale = value >= 10 ? 0 : 1;
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    /** {@code 12.345 ± 0.678 ns/op}, or without the error when there is none (NaN). */
    static String time(double score, double error, String unit) {
        return number(score) + (Double.isNaN(error) ? "" : " ± " + number(error)) + " " + unit;
    }

    static String seconds(java.time.Duration d) {
        return BigDecimal.valueOf(d.toMillis()).movePointLeft(3).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }
}
