package dev.allocbudget.core;

import dev.allocbudget.core.jmh.JmhOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything a check needs, in Maven-free terms.
 *
 * @param projectDir     working directory of the forks (the module's base directory)
 * @param testClassesDir compiled test classes, scanned for budget methods
 * @param classpath      the module's test classpath, in order
 * @param java           the {@code java} executable the forks run on
 * @param jvmArgs        extra flags for every fork
 * @param includes       id globs ({@code *} and {@code ?}); empty means every method
 * @param forkTimeout    a fork still running after this long is killed
 * @param settleTimeout  a figure that has not settled after this long is an error
 * @param reportDir      where {@code report.json} and the fork logs go
 * @param pluginVersion  written into the report
 * @param sites          count objects and their sites for every method, not only where a budget needs them
 * @param objectsWithJfr count objects with the pure-Java JFR route even where the native agent is available
 * @param baselineFile   the module's baseline file; read (and so validated) always, compared with when it exists and
 *                       {@code compareWithBaseline} is set
 * @param compareWithBaseline false while recording a baseline: the figures are being accepted, not judged
 * @param baselineTolerancePercent the tolerance of methods whose annotation gives none
 * @param stepSummary    a file to append {@code report.md} to (GitHub's {@code GITHUB_STEP_SUMMARY}), or {@code null}
 * @param jmh            run every method under JMH too, with these options; {@code null}: don't
 * @param timeGateTolerancePercent fail methods whose JMH time is clearly worse than the baseline's by more than
 *                       this; {@code null}: timings never fail the build
 * @param forks          how many measuring forks may run at the same time, in this check and every other check in
 *                       this JVM (the modules of a parallel build) together: see {@code fork.ForkSlots}. At least 1; JMH's
 *                       JVMs always run alone
 */
public record CheckRequest(Path projectDir, Path testClassesDir, List<Path> classpath, Path java,
        List<String> jvmArgs, List<String> includes, Duration forkTimeout, Duration settleTimeout, Path reportDir,
        String pluginVersion, boolean sites, boolean objectsWithJfr, Path baselineFile,
        boolean compareWithBaseline, double baselineTolerancePercent, Path stepSummary, JmhOptions jmh,
        Double timeGateTolerancePercent, int forks) {

    public static final Duration DEFAULT_FORK_TIMEOUT = Duration.ofSeconds(120);
    public static final Duration DEFAULT_SETTLE_TIMEOUT = Duration.ofSeconds(20);

    public CheckRequest {
        classpath = List.copyOf(classpath);
        jvmArgs = List.copyOf(jvmArgs);
        includes = List.copyOf(includes);
        if (forks < 1) {
            throw new IllegalArgumentException("forks is " + forks + "; at least 1 measuring fork must be allowed");
        }
    }

    /** A request that measures one fork at a time, as every check did before {@code forks} existed. */
    public CheckRequest(Path projectDir, Path testClassesDir, List<Path> classpath, Path java, List<String> jvmArgs,
            List<String> includes, Duration forkTimeout, Duration settleTimeout, Path reportDir,
            String pluginVersion, boolean sites, boolean objectsWithJfr, Path baselineFile,
            boolean compareWithBaseline, double baselineTolerancePercent, Path stepSummary, JmhOptions jmh,
            Double timeGateTolerancePercent) {
        this(projectDir, testClassesDir, classpath, java, jvmArgs, includes, forkTimeout, settleTimeout, reportDir,
                pluginVersion, sites, objectsWithJfr, baselineFile, compareWithBaseline, baselineTolerancePercent,
                stepSummary, jmh, timeGateTolerancePercent, 1);
    }

    /** The default number of measuring forks at a time: one per processor available to this JVM. */
    public static int defaultForks() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The {@code java} of the JVM this code runs in. */
    public static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }
}
