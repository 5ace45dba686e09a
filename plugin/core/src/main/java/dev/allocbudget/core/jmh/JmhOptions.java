package dev.allocbudget.core.jmh;

import dev.allocbudget.core.model.AllocBudgetException;
import dev.allocbudget.core.model.PropertyNames;
import dev.allocbudget.runner.protocol.JmhRunOptions;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How JMH runs each method (the Maven goals' defaults are short, to fit a CI job).
 *
 * @param explicit the options the user set ({@link JmhRunOptions#FORKS}, ...): they win over a {@code @Benchmark}
 *                 method's own annotations, which replace the defaults
 */
public record JmhOptions(int forks, int warmupIterations, Duration warmupTime, int iterations,
        Duration iterationTime, String mode, String timeUnit, Set<String> explicit) {

    private static final Set<String> MODES = Set.of("avgt", "thrpt", "sample", "ss");
    private static final Set<String> UNITS = Set.of("ns", "us", "ms", "s");

    /** Throws with the rule that a value breaks. */
    public JmhOptions {
        explicit = Set.copyOf(explicit);
        if (forks < 1 || warmupIterations < 0 || iterations < 1) {
            throw new IllegalArgumentException("JMH needs forks >= 1, warm-up iterations >= 0 and measurement"
                    + " iterations >= 1 (got " + forks + ", " + warmupIterations + ", " + iterations + ")");
        }
        if (warmupTime.isNegative() || iterationTime.isZero() || iterationTime.isNegative()) {
            throw new IllegalArgumentException("JMH iteration times must be positive");
        }
        if (!MODES.contains(mode)) {
            throw new IllegalArgumentException("JMH mode '" + mode + "': use avgt, thrpt, sample or ss");
        }
        if (!UNITS.contains(timeUnit)) {
            throw new IllegalArgumentException("JMH time unit '" + timeUnit + "': use ns, us, ms or s");
        }
    }

    /**
     * From the goals' parameters, {@code null} where the user set none (then the default applies, unless the method
     * has an annotation of its own for it); times written as JMH writes them ({@code 500ms}, {@code 1s},
     * {@code 2 s}). Throws with the rule that a value breaks.
     */
    public static JmhOptions of(Integer forks, Integer warmupIterations, String warmupTime, Integer iterations,
            String iterationTime, String mode, String timeUnit) throws AllocBudgetException {
        Set<String> explicit = new HashSet<>();
        given(forks, JmhRunOptions.FORKS, explicit);
        given(warmupIterations, JmhRunOptions.WARMUP_ITERATIONS, explicit);
        given(warmupTime, JmhRunOptions.WARMUP_TIME, explicit);
        given(iterations, JmhRunOptions.ITERATIONS, explicit);
        given(iterationTime, JmhRunOptions.ITERATION_TIME, explicit);
        given(mode, JmhRunOptions.MODE, explicit);
        given(timeUnit, JmhRunOptions.TIME_UNIT, explicit);
        try {
            return new JmhOptions(forks != null ? forks : 1, warmupIterations != null ? warmupIterations : 2,
                    duration(warmupTime != null ? warmupTime : "500ms", PropertyNames.JMH_WARMUP_TIME),
                    iterations != null ? iterations : 5,
                    duration(iterationTime != null ? iterationTime : "500ms", PropertyNames.JMH_ITERATION_TIME),
                    mode != null ? mode : "avgt", timeUnit != null ? timeUnit : "ns", explicit);
        } catch (IllegalArgumentException e) {
            throw new AllocBudgetException("allocbudget: " + e.getMessage());
        }
    }

    private static void given(Object value, String option, Set<String> explicit) {
        if (value != null) {
            explicit.add(option);
        }
    }

    static Duration duration(String text, String property) {
        Matcher m = Pattern.compile("\\s*(\\d+)\\s*(ms|s)\\s*").matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(property + " is '" + text + "'; write it like 500ms or 1s");
        }
        long n = Long.parseLong(m.group(1));
        return m.group(2).equals("s") ? Duration.ofSeconds(n) : Duration.ofMillis(n);
    }

    /** The options as the JMH fork takes them (times in milliseconds). */
    JmhRunOptions forRun() {
        return new JmhRunOptions(forks, warmupIterations, warmupTime.toMillis(), iterations, iterationTime.toMillis(),
                mode, timeUnit, explicit);
    }

    /** What the iterations alone take for one benchmark row; JVM starts come on top. */
    Duration iterationsTime() {
        return warmupTime.multipliedBy(warmupIterations).plus(iterationTime.multipliedBy(iterations))
                .multipliedBy(forks);
    }

    /** {@code 1 fork, 2 x 500 ms warm-up, 3 x 500 ms measurement, avgt in ns}, as JMH's fork describes a run. */
    String describe() {
        return forks + (forks == 1 ? " fork, " : " forks, ") + warmupIterations + " x " + warmupTime.toMillis()
                + " ms warm-up, " + iterations + " x " + iterationTime.toMillis() + " ms measurement, " + mode
                + " in " + timeUnit;
    }
}
