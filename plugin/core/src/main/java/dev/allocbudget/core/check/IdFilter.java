package dev.allocbudget.core.check;

import java.util.List;
import java.util.regex.Pattern;

/** Selects method ids by globs: {@code *} matches any run of characters, {@code ?} one character. */
public final class IdFilter {
    private final List<Pattern> patterns;

    public IdFilter(List<String> globs) {
        this.patterns = globs.stream().map(String::trim).filter(g -> !g.isEmpty()).map(IdFilter::toPattern).toList();
    }

    public boolean matches(String id) {
        return patterns.isEmpty() || patterns.stream().anyMatch(p -> p.matcher(id).matches());
    }

    private static Pattern toPattern(String glob) {
        StringBuilder regex = new StringBuilder();
        for (String part : glob.split("(?=[*?])|(?<=[*?])")) {
            regex.append(part.equals("*") ? ".*" : part.equals("?") ? "." : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
