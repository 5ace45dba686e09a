package dev.allocbudget.runner.protocol;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * How a command crosses to a fork: one argument of named values, {@code name=value,name=value}, so that neither
 * side depends on the other's argument order. A value may hold anything: {@code %}, {@code ,} and {@code =} in it are
 * written as {@code %25}, {@code %2C} and {@code %3D}.
 */
final class NamedValues {
    /** How messages name the argument: {@code JMH options 'forks=1'}. */
    private final String named;
    private final Map<String, String> values;

    private NamedValues(String named, Map<String, String> values) {
        this.named = named;
        this.values = values;
    }

    /** The argument for these values, in the order given. */
    static String encode(Map<String, ?> values) {
        StringJoiner out = new StringJoiner(",");
        values.forEach((name, value) -> out.add(name + "=" + escape(String.valueOf(value))));
        return out.toString();
    }

    /** Reads an argument; {@code what} names it in the message when it is not a list of named values. */
    static NamedValues decode(String argument, String what) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : argument.split(",", -1)) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException(what + " '" + argument + "': '" + pair + "' is not name=value");
            }
            values.put(pair.substring(0, eq), unescape(pair.substring(eq + 1)));
        }
        return new NamedValues(what + " '" + argument + "'", values);
    }

    /** The value of {@code name}, taken out; throws, naming the argument, when there is none. */
    String take(String name) {
        String value = values.remove(name);
        if (value == null) {
            throw new IllegalArgumentException(named + ": no " + name);
        }
        return value;
    }

    long takeLong(String name) {
        String value = take(name);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(named + ": " + name + " is not a whole number: " + value, e);
        }
    }

    /** Throws when a value was not taken: the argument was written by another version of the command. */
    void requireAllTaken() {
        if (!values.isEmpty()) {
            throw new IllegalArgumentException(named + ": unknown " + values.keySet());
        }
    }

    private static String escape(String value) {
        return value.replace("%", "%25").replace(",", "%2C").replace("=", "%3D");
    }

    /** One pass, so that an escaped {@code %} is never read as the start of another escape. */
    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' && i + 2 < value.length()) {
                out.append((char) Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
