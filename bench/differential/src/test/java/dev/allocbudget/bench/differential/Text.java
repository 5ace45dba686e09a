package dev.allocbudget.bench.differential;

import dev.allocbudget.AllocationBudget;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Base64;
import java.util.Locale;

/** Text: StringBuilder, concatenation, formatting, parsing numbers, encodings. */
public class Text {
    public String a = "alpha";
    public String b = "beta";
    public String csv = "id,name,price,qty,ts";
    public String mixed = "Hello, World";
    public String intStr = "123456";
    public String doubleStr = "3.14159";
    public int n = 123_456;
    public long big = 1_733_500_000_123L;
    public double d = 2.718281828;
    public final StringBuilder sb = new StringBuilder(128);
    public final byte[] utf8 = "héllo wörld, a short UTF-8 text".getBytes(StandardCharsets.UTF_8);
    public final BigDecimal price = new BigDecimal("19.99");
    public final BigDecimal qty = new BigDecimal("3");
    public final DecimalFormat decimalFormat = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    public final byte[] sixteen = new byte[16];

    /** new StringBuilder + two appends + toString, returned: the builder is eliminated. */
    @AllocationBudget
    public Object sbConcat() {
        return new StringBuilder().append(a).append(b).toString();
    }

    /** A reused StringBuilder, setLength(0), an int and a long appended: 0 B. */
    @AllocationBudget
    public int sbReuseAppendNumbers() {
        StringBuilder s = sb;
        s.setLength(0);
        s.append(n).append(':').append(big);
        return s.length();
    }

    /** a + "-" + n + "-" + b via invokedynamic string concatenation, returned. */
    @AllocationBudget
    public Object indyConcat() {
        return a + "-" + n + "-" + b;
    }

    /** String.format("%s=%d", ..), returned: the Formatter and its parsing. */
    @AllocationBudget
    public Object stringFormat() {
        return String.format("%s=%d", a, n);
    }

    /** String.format with Locale.ROOT and a %.2f. */
    @AllocationBudget
    public Object stringFormatDouble() {
        return String.format(Locale.ROOT, "%.2f", d);
    }

    /** String.split on a single char (the fast path without regex), returned. */
    @AllocationBudget
    public Object splitComma() {
        return csv.split(",");
    }

    /** String.join of 3 strings, returned. */
    @AllocationBudget
    public Object stringJoin() {
        return String.join("/", a, b, csv);
    }

    /** String.replace(CharSequence, CharSequence), returned. */
    @AllocationBudget
    public Object replaceString() {
        return mixed.replace("World", "there");
    }

    /** toUpperCase(Locale.ROOT), returned. */
    @AllocationBudget
    public Object toUpperCase() {
        return mixed.toUpperCase(Locale.ROOT);
    }

    /** Integer.parseInt: 0 B. */
    @AllocationBudget
    public int parseInt() {
        return Integer.parseInt(intStr);
    }

    /** Integer.toString, returned. */
    @AllocationBudget
    public Object intToString() {
        return Integer.toString(n);
    }

    /** Double.parseDouble: the FloatingDecimal parsing state. */
    @AllocationBudget
    public double parseDouble() {
        return Double.parseDouble(doubleStr);
    }

    /** Double.toString, returned. */
    @AllocationBudget
    public Object doubleToString() {
        return Double.toString(d);
    }

    /** BigDecimal multiply + setScale, returned. */
    @AllocationBudget
    public Object bigDecimalMultiply() {
        return price.multiply(qty).setScale(2, RoundingMode.HALF_UP);
    }

    /** A reused DecimalFormat formatting a double, returned. */
    @AllocationBudget
    public Object decimalFormat() {
        return decimalFormat.format(d * 1000);
    }

    /** new String(bytes, UTF_8) of non-ASCII bytes, returned. */
    @AllocationBudget
    public Object newStringUtf8() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /** Base64 encodeToString of 16 bytes, returned. */
    @AllocationBudget
    public Object base64Encode() {
        return Base64.getEncoder().encodeToString(sixteen);
    }
}
