package dev.allocbudget.examples.router;

import java.util.ArrayList;
import java.util.List;

/**
 * A route pattern such as {@code /users/{id}/orders/{orderId}}: segments separated by {@code /}, each either literal
 * text or a parameter {@code {name}} that matches one non-empty path segment. The pattern is parsed once, here; both
 * {@link Router} and {@link NaiveRouter} match requests against the parsed segments.
 */
public final class Route {
    private final String pattern;
    /** Per segment: its literal text, or {@code null} for a parameter. */
    private final String[] literals;
    /** Parameter names in the order they appear in the pattern. */
    private final String[] paramNames;
    /** The same names as an immutable list, created once: {@link #paramNames()} is called per request. */
    private final List<String> paramNameList;

    private Route(String pattern, String[] literals, String[] paramNames) {
        this.pattern = pattern;
        this.literals = literals;
        this.paramNames = paramNames;
        this.paramNameList = List.of(paramNames);
    }

    /**
     * Parses a pattern. It starts with {@code /}; a segment is either free of braces or a whole {@code {name}}, and a
     * name is used once per pattern.
     *
     * @throws IllegalArgumentException if the pattern breaks these rules
     */
    public static Route of(String pattern) {
        if (!pattern.startsWith("/")) {
            throw new IllegalArgumentException("pattern must start with '/': " + pattern);
        }
        // -1 keeps trailing empty segments: "/users/" is a different route from "/users"
        String[] segments = pattern.substring(1).split("/", -1);
        String[] literals = new String[segments.length];
        List<String> names = new ArrayList<>();
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}")) {
                String name = segment.substring(1, segment.length() - 1);
                if (name.contains("{") || name.contains("}")) {
                    throw new IllegalArgumentException("malformed parameter '" + segment + "' in " + pattern);
                }
                if (names.contains(name)) {
                    throw new IllegalArgumentException("parameter {" + name + "} appears twice in " + pattern);
                }
                names.add(name);
            } else if (segment.contains("{") || segment.contains("}")) {
                throw new IllegalArgumentException("a parameter must be a whole segment, like {id}: " + pattern);
            } else {
                literals[i] = segment;
            }
        }
        return new Route(pattern, literals, names.toArray(String[]::new));
    }

    public String pattern() {
        return pattern;
    }

    public List<String> paramNames() {
        return paramNameList;
    }

    int segmentCount() {
        return literals.length;
    }

    /** The literal text of segment {@code i}, or {@code null} if that segment is a parameter. */
    String literal(int i) {
        return literals[i];
    }

    String paramName(int index) {
        return paramNames[index];
    }

    int paramCount() {
        return paramNames.length;
    }

    /** Position of the parameter called {@code name}, or -1. A loop over a few names: no hashing, no allocation. */
    int paramIndex(String name) {
        for (int i = 0; i < paramNames.length; i++) {
            if (paramNames[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return pattern;
    }
}
