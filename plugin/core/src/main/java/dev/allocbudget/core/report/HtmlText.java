package dev.allocbudget.core.report;

/** Text for HTML: escaped, with break opportunities in long names, and counted nouns. */
final class HtmlText {
    private HtmlText() {}

    /**
     * Escaped, with line-break opportunities after each dot and before {@code #}, {@code $} and {@code (}, so that a
     * long id or frame wraps between names on a phone instead of in the middle of one. Not after the dot in the
     * brackets of a frame: {@code (Params.java:12)} stays whole.
     */
    static String breakable(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        boolean inBrackets = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            inBrackets = c == '(' || (inBrackets && c != ')');
            if (c == '#' || c == '$' || c == '(') {
                out.append("<wbr>");
            }
            escape(out, c); // char by char: an entity such as &#39; must not get a <wbr>
            if (c == '.' && !inBrackets) {
                out.append("<wbr>");
            }
        }
        return out.toString();
    }

    static String plural(int n, String one) {
        return plural(n, one, one + "s");
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            escape(out, s.charAt(i));
        }
        return out.toString();
    }

    private static void escape(StringBuilder out, char c) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> out.append(c);
        }
    }
}
