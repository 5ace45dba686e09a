package dev.allocbudget.runner.protocol;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the JMH fork runs one benchmark, as the host passes it: one argument of named values,
 * {@code forks=1,warmupIterations=2,warmupMillis=500,iterations=5,iterationMillis=500,mode=avgt,timeUnit=ns,
 * explicit=forks+mode}, so that neither side depends on the other's argument order. The host validates the values
 * before they cross.
 *
 * @param explicit the options the user set (by these names, and {@code threads}): they win over a {@code @Benchmark}
 *                 method's own {@code @Fork}, {@code @Warmup}, {@code @Measurement}, {@code @Threads},
 *                 {@code @BenchmarkMode} and {@code @OutputTimeUnit}; the others are defaults, which its annotations
 *                 replace
 * @param threads  how many threads call the benchmark at once ({@code -t}): a budget's {@code threads}, given as
 *                 explicit when above 1
 */
public record JmhRunOptions(int forks, int warmupIterations, long warmupMillis, int iterations, long iterationMillis,
        String mode, String timeUnit, Set<String> explicit, int threads) {

    public static final String FORKS = "forks";
    public static final String WARMUP_ITERATIONS = "warmupIterations";
    public static final String WARMUP_TIME = "warmupMillis";
    public static final String ITERATIONS = "iterations";
    public static final String ITERATION_TIME = "iterationMillis";
    public static final String MODE = "mode";
    public static final String TIME_UNIT = "timeUnit";
    /** One thread, unless a {@code @Threads} or the budget's {@code threads} says otherwise. */
    public static final String THREADS = "threads";
    /** Every option: nothing of a benchmark's annotations applies (the time gate's runs). */
    public static final Set<String> ALL = Set.of(FORKS, WARMUP_ITERATIONS, WARMUP_TIME, ITERATIONS, ITERATION_TIME,
            MODE, TIME_UNIT, THREADS);

    public JmhRunOptions {
        explicit = Set.copyOf(explicit);
    }

    /** On one thread, unless a {@code @Threads} of the benchmark's says otherwise. */
    public JmhRunOptions(int forks, int warmupIterations, long warmupMillis, int iterations, long iterationMillis,
            String mode, String timeUnit, Set<String> explicit) {
        this(forks, warmupIterations, warmupMillis, iterations, iterationMillis, mode, timeUnit, explicit, 1);
    }

    /** These options on {@code threads} threads: the budget's, which wins over a {@code @Threads} when above 1. */
    public JmhRunOptions onThreads(int threads) {
        if (threads == 1) {
            return this;
        }
        Set<String> withThreads = new TreeSet<>(explicit);
        withThreads.add(THREADS);
        return new JmhRunOptions(forks, warmupIterations, warmupMillis, iterations, iterationMillis, mode, timeUnit,
                withThreads, threads);
    }

    /** Whether the benchmark's own annotation for {@code option} may replace its value here. */
    public boolean annotationWins(String option) {
        return !explicit.contains(option);
    }

    /** The one argument that carries these options. */
    public String encode() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(FORKS, forks);
        values.put(WARMUP_ITERATIONS, warmupIterations);
        values.put(WARMUP_TIME, warmupMillis);
        values.put(ITERATIONS, iterations);
        values.put(ITERATION_TIME, iterationMillis);
        values.put(MODE, mode);
        values.put(TIME_UNIT, timeUnit);
        values.put(THREADS, threads);
        values.put("explicit", String.join("+", new TreeSet<>(explicit)));
        return NamedValues.encode(values);
    }

    /** Undoes {@link #encode}; throws, naming the argument, when a value is missing, unknown or not a number. */
    public static JmhRunOptions decode(String argument) {
        NamedValues values = NamedValues.decode(argument, "JMH options");
        JmhRunOptions options = new JmhRunOptions((int) values.takeLong(FORKS), (int) values.takeLong(WARMUP_ITERATIONS),
                values.takeLong(WARMUP_TIME), (int) values.takeLong(ITERATIONS), values.takeLong(ITERATION_TIME),
                values.take(MODE), values.take(TIME_UNIT), explicit(values.take("explicit")),
                (int) values.takeLong(THREADS));
        values.requireAllTaken();
        return options;
    }

    private static Set<String> explicit(String names) {
        return names.isEmpty() ? Set.of() : Set.of(names.split("\\+"));
    }
}
