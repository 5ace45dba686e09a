package dev.allocbudget.core.io;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats figures the same way everywhere (console, messages, report): {@code Locale.ROOT}, no trailing zeros. */
public final class Figures {
    private Figures() {}

    /** {@code 56}, {@code 12.5}, {@code 48.392}: at most three decimals, which shows any real figure exactly. */
    public static String number(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    /** {@code 50}, {@code 12}, {@code 4.5}, {@code 0.3}: whole percent from 10 up, one decimal below. */
    public static String percent(double value) {
        int scale = value >= 10 ? 0 : 1;
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    /** {@code 12.345 ± 0.678 ns/op}, or without the error when there is none (NaN). */
    public static String time(double score, double error, String unit) {
        return number(score) + (Double.isNaN(error) ? "" : " ± " + number(error)) + " " + unit;
    }

    /** {@code 1.31}, {@code 0.97}, {@code 20.4}: two decimals, three significant digits from 10 up. */
    public static String ratio(double value) {
        return BigDecimal.valueOf(value).setScale(value >= 10 ? 1 : 2, RoundingMode.HALF_EVEN).toPlainString();
    }

    public static String seconds(java.time.Duration d) {
        return BigDecimal.valueOf(d.toMillis()).movePointLeft(3).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** {@code +16 B, +50%}, or {@code +16 B} from a zero baseline; figures compared as printed (three decimals). */
    public static String delta(double figure, double recorded, String unit) {
        double d = round(figure).subtract(round(recorded)).doubleValue();
        if (d == 0) {
            return "0" + unit;
        }
        String text = (d > 0 ? "+" : "-") + number(Math.abs(d)) + unit;
        if (recorded == 0) {
            return text;
        }
        double percent = d / recorded * 100;
        return text + ", " + (percent > 0 ? "+" : "-") + percent(Math.abs(percent)) + "%";
    }

    private static BigDecimal round(double figure) {
        return BigDecimal.valueOf(figure).setScale(3, RoundingMode.HALF_EVEN);
    }
}
