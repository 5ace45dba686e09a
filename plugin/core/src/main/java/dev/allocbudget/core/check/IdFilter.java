package dev.allocbudget.core.check;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Selects method ids ({@code com.acme.Codec#encode}) by globs: {@code *} matches any run of characters, {@code ?}
 * one character. A glob selects an id when it matches the whole id, or, as Surefire's {@code -Dtest} reads its
 * forms, the id with its class's simple name ({@code Codec#encode}), or the class alone, by its full or simple name
 * ({@code com.acme.Codec}, {@code Codec}: every method of it).
 */
public final class IdFilter {
    private final List<Pattern> patterns;

    public IdFilter(List<String> globs) {
        this.patterns = globs.stream().map(String::trim).filter(g -> !g.isEmpty()).map(IdFilter::toPattern).toList();
    }

    public boolean matches(String id) {
        if (patterns.isEmpty()) {
            return true;
        }
        int hash = id.indexOf('#');
        String type = hash < 0 ? id : id.substring(0, hash);
        String simpleType = type.substring(type.lastIndexOf('.') + 1);
        String simpleId = simpleType + (hash < 0 ? "" : id.substring(hash));
        return patterns.stream().anyMatch(p -> p.matcher(id).matches() || p.matcher(simpleId).matches()
                || p.matcher(type).matches() || p.matcher(simpleType).matches());
    }

    /** True when the filter selects every id. */
    public boolean all() {
        return patterns.isEmpty();
    }

    /**
     * The {@code n} ids closest to the globs, for a filter that matched none: by the fewest edits that turn the
     * globs' literal text into a part of the id (so {@code *Routr*} is one edit from {@code ...RouterBudget#...}),
     * then by id.
     */
    public static List<String> closest(List<String> globs, List<String> ids, int n) {
        List<String> literals = globs.stream().map(g -> g.replace("*", "").replace("?", "").trim())
                .filter(l -> !l.isEmpty()).toList();
        return ids.stream()
                .sorted(Comparator.<String>comparingInt(id -> literals.stream()
                        .mapToInt(l -> editsToSubstring(l.toLowerCase(Locale.ROOT), id.toLowerCase(Locale.ROOT)))
                        .min().orElse(0)).thenComparing(Comparator.naturalOrder()))
                .limit(n)
                .toList();
    }

    /** The fewest insertions, deletions and substitutions that turn {@code text} into some substring of {@code in}. */
    static int editsToSubstring(String text, String in) {
        int[] previous = new int[in.length() + 1]; // matching may start anywhere in {@code in}: row 0 is all zeros
        for (int i = 1; i <= text.length(); i++) {
            int[] row = new int[in.length() + 1];
            row[0] = i;
            for (int j = 1; j <= in.length(); j++) {
                int substitute = previous[j - 1] + (text.charAt(i - 1) == in.charAt(j - 1) ? 0 : 1);
                row[j] = Math.min(substitute, Math.min(previous[j], row[j - 1]) + 1);
            }
            previous = row;
        }
        return Arrays.stream(previous).min().orElse(text.length());
    }

    private static Pattern toPattern(String glob) {
        StringBuilder regex = new StringBuilder();
        for (String part : glob.split("(?=[*?])|(?<=[*?])")) {
            regex.append(part.equals("*") ? ".*" : part.equals("?") ? "." : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
