package dev.allocbudget.runner.protocol;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the JMH fork runs one benchmark, as the host passes it: one argument of named values,
 * {@code forks=1,warmupIterations=2,warmupMillis=500,iterations=5,iterationMillis=500,mode=avgt,timeUnit=ns}, so
 * that neither side depends on the other's argument order. The host validates the values before they cross.
 */
public record JmhRunOptions(int forks, int warmupIterations, long warmupMillis, int iterations, long iterationMillis,
        String mode, String timeUnit) {

    /** The one argument that carries these options. */
    public String encode() {
        return "forks=" + forks + ",warmupIterations=" + warmupIterations + ",warmupMillis=" + warmupMillis
                + ",iterations=" + iterations + ",iterationMillis=" + iterationMillis + ",mode=" + mode
                + ",timeUnit=" + timeUnit;
    }

    /** Undoes {@link #encode}; throws, naming the argument, when a value is missing, unknown or not a number. */
    public static JmhRunOptions decode(String argument) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : argument.split(",")) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("JMH options '" + argument + "': '" + pair + "' is not name=value");
            }
            values.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        try {
            JmhRunOptions options = new JmhRunOptions(Integer.parseInt(take(values, "forks", argument)),
                    Integer.parseInt(take(values, "warmupIterations", argument)),
                    Long.parseLong(take(values, "warmupMillis", argument)),
                    Integer.parseInt(take(values, "iterations", argument)),
                    Long.parseLong(take(values, "iterationMillis", argument)),
                    take(values, "mode", argument), take(values, "timeUnit", argument));
            if (!values.isEmpty()) {
                throw new IllegalArgumentException("JMH options '" + argument + "': unknown " + values.keySet());
            }
            return options;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("JMH options '" + argument + "': " + e.getMessage(), e);
        }
    }

    private static String take(Map<String, String> values, String name, String argument) {
        String value = values.remove(name);
        if (value == null) {
            throw new IllegalArgumentException("JMH options '" + argument + "': no " + name);
        }
        return value;
    }
}
