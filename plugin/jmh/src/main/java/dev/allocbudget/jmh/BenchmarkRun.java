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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs one JMH benchmark (every {@code @Param} row of it) with the GC profiler and writes one event per row. */
final class BenchmarkRun {
    /** JMH's machine-wide lock file: the one every JMH run on this machine takes. */
    static final String LOCK_FILE = "jmh.lock";

    private BenchmarkRun() {}

    static void run(EventWriter out, String benchmarkRegex, JmhRunOptions options) throws Exception {
        try (FileChannel channel = FileChannel.open(Path.of(System.getProperty("java.io.tmpdir"), LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = acquire(channel, out)) {
            // this JVM holds JMH's lock for the whole run; JMH's own attempt would fail on it, so it is told to skip
            System.setProperty("jmh.ignoreLock", "true");
            Collection<RunResult> results = new Runner(options(benchmarkRegex, options).build()).run();
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

    private static ChainedOptionsBuilder options(String regex, JmhRunOptions o) {
        return new OptionsBuilder()
                .include(regex)
                .forks(o.forks())
                .warmupIterations(o.warmupIterations())
                .warmupTime(TimeValue.milliseconds(o.warmupMillis()))
                .measurementIterations(o.iterations())
                .measurementTime(TimeValue.milliseconds(o.iterationMillis()))
                .mode(Mode.deepValueOf(o.mode()))
                .timeUnit(timeUnit(o.timeUnit()))
                .threads(1)
                .shouldFailOnError(true)
                .addProfiler(GCProfiler.class);
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
                primary.getScoreUnit(), params.getMode().shortLabel(), norm == null ? Double.NaN : norm.getScore()));
    }

    /** {@code gc.alloc.rate.norm}; older JMH versions prefixed secondary results with a middle dot. */
    private static Result<?> allocNorm(Map<String, Result> secondary) {
        Result<?> r = secondary.get("gc.alloc.rate.norm");
        return r != null ? r : secondary.get("\u00b7gc.alloc.rate.norm");
    }
}
