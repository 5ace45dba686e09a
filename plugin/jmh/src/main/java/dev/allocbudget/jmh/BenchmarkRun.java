package dev.allocbudget.jmh;

import dev.allocbudget.runner.protocol.Event;
import dev.allocbudget.runner.protocol.EventWriter;
import dev.allocbudget.runner.protocol.JmhRunOptions;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs one JMH benchmark (every {@code @Param} row of it) with the GC profiler and writes one event per row. */
final class BenchmarkRun {
    /** JMH's machine-wide lock file: the one every JMH run on this machine takes. */
    static final String LOCK_FILE = "jmh.lock";

    private BenchmarkRun() {}

    /** Runs the benchmarks {@code benchmarkRegex} selects; with {@code resultFile}, JMH writes its JSON there. */
    static void run(EventWriter out, String benchmarkRegex, JmhRunOptions options, Path resultFile)
            throws Exception {
        try (FileChannel channel = FileChannel.open(Path.of(System.getProperty("java.io.tmpdir"), LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = acquire(channel, out)) {
            // this JVM holds JMH's lock for the whole run; JMH's own attempt would fail on it, so it is told to skip
            System.setProperty("jmh.ignoreLock", "true");
            ChainedOptionsBuilder builder = options(benchmarkRegex, options);
            if (resultFile != null) {
                builder.result(resultFile.toString()).resultFormat(ResultFormatType.JSON);
            }
            Collection<RunResult> results = new Runner(builder.build()).run();
            for (RunResult result : results) {
                write(out, result);
            }
        }
    }

    /**
     * Waits for JMH's lock instead of failing as JMH does when another run holds it: two modules of a parallel build,
     * or two builds on one CI machine, then take turns, and neither run's timings are distorted by the other's.
     */
    private static FileLock acquire(FileChannel channel, EventWriter out) throws IOException {
        FileLock lock = channel.tryLock();
        if (lock != null) {
            return lock;
        }
        String file = Path.of(System.getProperty("java.io.tmpdir"), LOCK_FILE).toString();
        System.out.println("allocbudget: waiting for " + file + ", held by another JMH run on this machine");
        long start = System.nanoTime();
        FileLock acquired = channel.lock();
        out.write(new Event.JmhWaiting(file, (System.nanoTime() - start) / 1_000_000));
        return acquired;
    }

    /**
     * The options, but where the benchmark's own annotations set a value the user did not set explicitly: JMH's
     * options win over its annotations, so such a value is left out and JMH takes the annotation's (as in JMH,
     * a method's annotation wins over its class's).
     */
    private static ChainedOptionsBuilder options(String regex, JmhRunOptions o) {
        BenchmarkListEntry own = ownSettings(regex);
        boolean listed = own != null;
        ChainedOptionsBuilder builder = new OptionsBuilder()
                .include(regex)
                .shouldFailOnError(true)
                .addProfiler(GCProfiler.class);
        if (ours(o, JmhRunOptions.FORKS, listed && own.getForks().hasValue())) {
            builder.forks(o.forks());
        }
        if (ours(o, JmhRunOptions.WARMUP_ITERATIONS, listed && own.getWarmupIterations().hasValue())) {
            builder.warmupIterations(o.warmupIterations());
        }
        if (ours(o, JmhRunOptions.WARMUP_TIME, listed && own.getWarmupTime().hasValue())) {
            builder.warmupTime(TimeValue.milliseconds(o.warmupMillis()));
        }
        if (ours(o, JmhRunOptions.ITERATIONS, listed && own.getMeasurementIterations().hasValue())) {
            builder.measurementIterations(o.iterations());
        }
        if (ours(o, JmhRunOptions.ITERATION_TIME, listed && own.getMeasurementTime().hasValue())) {
            builder.measurementTime(TimeValue.milliseconds(o.iterationMillis()));
        }
        if (ours(o, JmhRunOptions.THREADS, listed && own.getThreads().hasValue())) {
            builder.threads(o.threads());
        }
        if (ours(o, JmhRunOptions.MODE, listed && hasOwnMode(own))) {
            builder.mode(Mode.deepValueOf(o.mode()));
        }
        if (ours(o, JmhRunOptions.TIME_UNIT, listed && own.getTimeUnit().hasValue())) {
            builder.timeUnit(timeUnit(o.timeUnit()));
        }
        return builder;
    }

    /** Whether the option's value is given to JMH: unless the benchmark's own annotation may replace it, and does. */
    private static boolean ours(JmhRunOptions options, String option, boolean benchmarkHasOwn) {
        return !(options.annotationWins(option) && benchmarkHasOwn);
    }

    /** The benchmark's entry in JMH's list, which holds what its annotations set; null when there is none. */
    private static BenchmarkListEntry ownSettings(String regex) {
        SortedSet<BenchmarkListEntry> entries = BenchmarkList.defaultList().find(OutputFormatFactory.createFormatInstance(
                System.out, VerboseMode.SILENT), List.of(regex), List.of());
        return entries.isEmpty() ? null : entries.first();
    }

    /** JMH lists a benchmark without {@code @BenchmarkMode} under throughput, so the annotation is looked up. */
    private static boolean hasOwnMode(BenchmarkListEntry entry) {
        try {
            Class<?> type = Class.forName(entry.getUserClassQName(), false, BenchmarkRun.class.getClassLoader());
            String method = entry.getUsername().substring(entry.getUsername().lastIndexOf('.') + 1);
            return type.isAnnotationPresent(BenchmarkMode.class) || Arrays.stream(type.getMethods())
                    .anyMatch(m -> m.getName().equals(method) && m.isAnnotationPresent(BenchmarkMode.class));
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    static TimeUnit timeUnit(String unit) {
        switch (unit) {
            case "ns": return TimeUnit.NANOSECONDS;
            case "us": return TimeUnit.MICROSECONDS;
            case "ms": return TimeUnit.MILLISECONDS;
            case "s": return TimeUnit.SECONDS;
            default: throw new IllegalArgumentException("time unit " + unit + ": use ns, us, ms or s");
        }
    }

    private static void write(EventWriter out, RunResult result) {
        BenchmarkParams params = result.getParams();
        Map<String, String> values = new TreeMap<>();
        for (String key : params.getParamsKeys()) {
            values.put(key, params.getParam(key));
        }
        List<String> row = new ArrayList<>();
        values.forEach((k, v) -> row.add(k + "=" + v));
        Result<?> primary = result.getPrimaryResult();
        Result<?> norm = allocNorm(result.getSecondaryResults());
        out.write(new Event.JmhResult(String.join(",", row), primary.getScore(), primary.getScoreError(),
                primary.getScoreUnit(), params.getMode().shortLabel(), norm == null ? Double.NaN : norm.getScore(),
                settings(params)));
    }

    /** {@code 1 fork, 2 x 500 ms warm-up, 5 x 500 ms measurement, avgt in ns}, and the threads when more than one. */
    static String settings(BenchmarkParams p) {
        return p.getForks() + (p.getForks() == 1 ? " fork, " : " forks, ") + p.getWarmup().getCount() + " x "
                + p.getWarmup().getTime().convertTo(TimeUnit.MILLISECONDS) + " ms warm-up, "
                + p.getMeasurement().getCount() + " x " + p.getMeasurement().getTime().convertTo(TimeUnit.MILLISECONDS)
                + " ms measurement, " + p.getMode().shortLabel() + " in " + unitLabel(p.getTimeUnit())
                + (p.getThreads() == 1 ? "" : ", " + p.getThreads() + " threads");
    }

    private static String unitLabel(TimeUnit unit) {
        switch (unit) {
            case NANOSECONDS: return "ns";
            case MICROSECONDS: return "us";
            case MILLISECONDS: return "ms";
            case SECONDS: return "s";
            default: return unit.toString();
        }
    }

    /** {@code gc.alloc.rate.norm}; older JMH versions prefixed secondary results with a middle dot. */
    private static Result<?> allocNorm(Map<String, Result> secondary) {
        Result<?> r = secondary.get("gc.alloc.rate.norm");
        return r != null ? r : secondary.get("\u00b7gc.alloc.rate.norm");
    }
}
