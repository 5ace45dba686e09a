package dev.allocbudget.maven;

import dev.allocbudget.core.AllocBudgetException;
import dev.allocbudget.core.AllocationCheck;
import dev.allocbudget.core.CheckListener;
import dev.allocbudget.core.CheckOutcome;
import dev.allocbudget.core.CheckRequest;
import dev.allocbudget.core.Environment;
import dev.allocbudget.core.MethodResult;
import dev.allocbudget.core.Verdict;
import dev.allocbudget.core.baseline.BaselineFile;
import dev.allocbudget.core.jmh.JmhOptions;
import dev.allocbudget.core.report.ConsoleText;
import dev.allocbudget.core.report.JsonReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.cli.CommandLineUtils;

/** The parameters and console output the {@code check} and {@code baseline} goals share. */
abstract class AbstractAllocBudgetMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    String pluginVersion;

    /** Skips the goal. */
    @Parameter(property = "allocbudget.skip", defaultValue = "false")
    boolean skip;

    /**
     * Checks only the methods whose id ({@code com.acme.Parser#parse}) matches one of these globs ({@code *} and
     * {@code ?}); on the command line, a comma-separated list: {@code -Dallocbudget.includes=*Parser#*,*Codec#encode}.
     */
    @Parameter(property = "allocbudget.includes")
    List<String> includes;

    /** Extra flags for the forked JVMs, e.g. {@code --add-exports java.base/sun.nio.ch=ALL-UNNAMED}. */
    @Parameter(property = "allocbudget.jvmArgs")
    String jvmArgs;

    /** A forked JVM still running after this many seconds is killed and its method reported as an error. */
    @Parameter(property = "allocbudget.forkTimeoutSeconds", defaultValue = "120")
    int forkTimeoutSeconds;

    /**
     * How many JVMs may measure at the same time; by default one per available processor. A limit for the whole
     * build: with {@code mvn -T 2}, the modules' measuring forks together stay within it. The figures do not depend
     * on it (they are byte counts, not times), only the wall time does. Each method's confirming forks still run one
     * after the other, and JMH's JVMs ({@code allocbudget.jmh}) always run alone. {@code 1} measures one method at a
     * time.
     */
    @Parameter(property = "allocbudget.forks")
    Integer forks;

    /**
     * Whose allocation a figure counts: {@code all} (the default) counts every thread of the fork while the calls
     * run, as JMH's GC profiler does, so work handed to an executor or a parallel stream counts; {@code caller}
     * counts only the thread that calls the method.
     */
    @Parameter(property = "allocbudget.threads", defaultValue = "all")
    String threads;

    /** A method whose bytes/op has not settled after this many seconds of calls is reported as an error. */
    @Parameter(property = "allocbudget.settleTimeoutSeconds", defaultValue = "20")
    int settleTimeoutSeconds;

    /**
     * How objects are counted: {@code agent} (the default) uses the native JVMTI agent where the plugin carries one
     * (Linux x86-64) and JFR elsewhere; {@code jfr} always uses JFR, the pure-Java route, which needs a JVM of its
     * own per count (without TLABs, G1) and seconds instead of a fraction of one.
     */
    @Parameter(property = "allocbudget.objectCounter", defaultValue = "agent")
    String objectCounter;

    /** The forks read {@code allocbudget.threads} as a system property; {@code all} is their default. */
    private List<String> withThreads(List<String> flags) throws MojoExecutionException {
        if ("all".equals(threads)) {
            return flags;
        }
        if (!"caller".equals(threads)) {
            throw new MojoExecutionException("allocbudget.threads is '" + threads + "'; use 'all' (every thread of"
                    + " the fork, the default) or 'caller' (the thread that calls the method)");
        }
        List<String> withCaller = new ArrayList<>(flags);
        withCaller.add("-Dallocbudget.threads=caller");
        return withCaller;
    }

    /** The {@code java} executable for the forks; by default the one running Maven. */
    @Parameter(property = "allocbudget.jvm")
    File jvm;

    /**
     * The module's baseline: the figures {@code check} compares with (when the file exists) and {@code baseline}
     * writes. Keep one file per module: two modules never share one.
     */
    @Parameter(property = "allocbudget.baselineFile", defaultValue = "${project.basedir}/allocbudget-baseline.json")
    File baselineFile;

    /**
     * How far, in percent, a figure may rise above its baseline before the method counts as regressed, for methods
     * whose annotation sets no {@code tolerancePercent}. Allocation figures are exact, so the default is 0; amortized
     * figures (a buffer grown every N calls) may need a few percent.
     */
    @Parameter(property = "allocbudget.baselineTolerancePercent", defaultValue = "0")
    double baselineTolerancePercent;

    /**
     * Also runs every method under JMH, with its GC profiler: time per call with its error, and JMH's
     * {@code gc.alloc.rate.norm} beside the check's bytes/op. Nothing to set up in the project: the plugin brings JMH
     * and generates the benchmarks. Goal {@code jmh} turns this on.
     */
    @Parameter(property = "allocbudget.jmh", defaultValue = "false")
    boolean jmh;

    /** JMH forks per method. */
    @Parameter(property = "allocbudget.jmh.forks", defaultValue = "1")
    int jmhForks;

    /** JMH warm-up iterations per fork. */
    @Parameter(property = "allocbudget.jmh.warmupIterations", defaultValue = "2")
    int jmhWarmupIterations;

    /** Length of a JMH warm-up iteration: {@code 500ms}, {@code 1s}. */
    @Parameter(property = "allocbudget.jmh.warmupTime", defaultValue = "500ms")
    String jmhWarmupTime;

    /** JMH measurement iterations per fork. */
    @Parameter(property = "allocbudget.jmh.iterations", defaultValue = "5")
    int jmhIterations;

    /** Length of a JMH measurement iteration: {@code 500ms}, {@code 1s}. */
    @Parameter(property = "allocbudget.jmh.iterationTime", defaultValue = "500ms")
    String jmhIterationTime;

    /** JMH mode: {@code avgt} (time per call), {@code thrpt}, {@code sample} or {@code ss}. */
    @Parameter(property = "allocbudget.jmh.mode", defaultValue = "avgt")
    String jmhMode;

    /** JMH time unit: {@code ns}, {@code us}, {@code ms} or {@code s}. */
    @Parameter(property = "allocbudget.jmh.timeUnit", defaultValue = "ns")
    String jmhTimeUnit;

    /** Where the reports and the forks' logs go. */
    @Parameter(defaultValue = "${project.build.directory}/allocbudget", required = true)
    File reportsDirectory;

    /** Sites per method on the console; the report has them all. */
    static final int MAX_SITES_SHOWN = 8;

    /** Whether this goal counts the objects of every method (not only where a budget needs them). */
    abstract boolean countAllObjects();

    /** Whether JMH runs too. */
    boolean runsJmh() {
        return jmh;
    }

    /** The time gate's tolerance in percent, or {@code null} when timings must not fail the build. */
    Double timeGateTolerance() {
        return null;
    }

    /** Whether this goal records the baseline (its figures are accepted, not compared with the old ones). */
    boolean recordsBaseline() {
        return false;
    }

    /** Whether to print the allocation sites of passing methods as they finish. */
    boolean printSites() {
        return countAllObjects();
    }

    /** Runs the check, or returns {@code null} when the module has no tests to check. */
    CheckOutcome runCheck() throws MojoExecutionException {
        Path testClasses = Path.of(project.getBuild().getTestOutputDirectory());
        if (!testClasses.toFile().isDirectory() && !hasTestSources()) {
            getLog().info("No test classes in this module; no allocation budgets to check.");
            return null;
        }
        claimBaselineFile();
        CheckOutcome outcome;
        try {
            outcome = new AllocationCheck(request(testClasses), new LogListener(getLog(), printSites())).run();
        } catch (AllocBudgetException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("allocbudget: interrupted", e);
        }
        if (outcome.results().isEmpty()) {
            getLog().info("No @AllocationBudget methods found in the test classes"
                    + (includes == null || includes.isEmpty() ? "" : " matching allocbudget.includes=" + includes)
                    + "; nothing to check.");
            return null;
        }
        getLog().info(ConsoleText.summaryLine(outcome));
        return outcome;
    }

    /**
     * Two modules of one build writing one baseline file would overwrite each other's entries: the first module
     * to use a file owns it for the rest of the build, and any other module is stopped with the reason.
     */
    private void claimBaselineFile() throws MojoExecutionException {
        String key = "allocbudget.baselineFile:" + baselinePath().toAbsolutePath().normalize();
        String me = project.getId();
        var data = session.getRepositorySession().getData();
        if (!data.set(key, null, me) && !me.equals(data.get(key))) {
            throw new MojoExecutionException("allocbudget: modules " + data.get(key) + " and " + me + " both use the"
                    + " baseline file " + baselinePath() + "; give each module its own (the default is"
                    + " ${project.basedir}/allocbudget-baseline.json), so that neither overwrites the other's figures.");
        }
    }

    Path baselinePath() {
        return baselineFile.toPath();
    }

    String baselineName() {
        return BaselineFile.displayName(project.getBasedir().toPath(), baselinePath());
    }

    /**
     * Prints the methods that failed ({@code failing}) with their messages and sites, then the errors; then throws:
     * {@link MojoExecutionException} when a method could not be measured, {@link MojoFailureException} when
     * {@code failing} methods exist and {@code failBuild} is set.
     *
     * @param headline the first line above the failing methods
     * @param advice   lines after the failures (what to do)
     */
    void reportFailures(CheckOutcome outcome, Predicate<MethodResult> failing, String headline, boolean failBuild,
            List<String> advice) throws MojoExecutionException, MojoFailureException {
        List<MethodResult> failed = outcome.results().stream().filter(failing).toList();
        List<MethodResult> errors = outcome.with(Verdict.ERROR);
        boolean failingBuild = !errors.isEmpty() || (failBuild && !failed.isEmpty());
        List<String> lines = new ArrayList<>();
        if (!failed.isEmpty()) {
            lines.add(headline);
            for (MethodResult r : failed) {
                lines.add("  " + r.message());
                if (!r.isTimeOnlyRegression()) {
                    ConsoleText.siteLines(r, MAX_SITES_SHOWN).forEach(line -> lines.add("    " + line));
                }
            }
        }
        if (!errors.isEmpty()) {
            lines.add(ConsoleText.errorsHeadline(outcome));
            errors.forEach(r -> lines.add("  " + r.message().replace("\n", "\n    ")));
        }
        if (lines.isEmpty()) {
            return;
        }
        Path reportFile = reportsDirectory.toPath().resolve(JsonReport.FILE_NAME);
        lines.add("Report: " + reportFile);
        if (!failed.isEmpty()) {
            lines.addAll(advice);
        }
        for (String line : lines) {
            if (failingBuild) getLog().error(line);
            else getLog().warn(line);
        }
        String seeAbove = " (details above and in " + reportFile + ")";
        if (!errors.isEmpty()) {
            throw new MojoExecutionException(ConsoleText.errorsHeadline(outcome).replace(":", "") + seeAbove);
        }
        if (failingBuild) {
            throw new MojoFailureException(headline.replace(":", "") + seeAbove);
        }
    }

    private CheckRequest request(Path testClasses) throws MojoExecutionException {
        if (forkTimeoutSeconds <= 0 || settleTimeoutSeconds <= 0) {
            throw new MojoExecutionException("allocbudget.forkTimeoutSeconds (" + forkTimeoutSeconds
                    + ") and allocbudget.settleTimeoutSeconds (" + settleTimeoutSeconds + ") must be positive");
        }
        if (forks != null && forks < 1) {
            throw new MojoExecutionException("allocbudget.forks is " + forks + "; give how many JVMs may measure at"
                    + " the same time, 1 or more (by default one per processor: " + CheckRequest.defaultForks() + ")");
        }
        if (!(baselineTolerancePercent >= 0 && baselineTolerancePercent <= 1000)) {
            throw new MojoExecutionException("allocbudget.baselineTolerancePercent is " + baselineTolerancePercent
                    + "; give a percentage from 0 to 1000");
        }
        if (jvm != null && !(jvm.isFile() && jvm.canExecute())) {
            throw new MojoExecutionException("allocbudget.jvm is " + jvm + ", which is not an executable file;"
                    + " give the java executable of a JDK 17 or later, e.g. /path/to/jdk/bin/java");
        }
        List<Path> classpath = new ArrayList<>();
        try {
            project.getTestClasspathElements().forEach(e -> classpath.add(Path.of(e)));
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("allocbudget: the test classpath is not resolved: " + e.getMessage(), e);
        }
        List<String> flags;
        try {
            // a POM value may span lines: any run of whitespace separates two flags
            flags = jvmArgs == null || jvmArgs.isBlank() ? List.of()
                    : Arrays.asList(CommandLineUtils.translateCommandline(jvmArgs.trim().replaceAll("\\s+", " ")));
        } catch (Exception e) {
            throw new MojoExecutionException("allocbudget.jvmArgs cannot be parsed: " + jvmArgs, e);
        }
        flags = withThreads(flags);
        String stepSummary = System.getenv("GITHUB_STEP_SUMMARY");
        return new CheckRequest(project.getBasedir().toPath(), testClasses, classpath,
                jvm != null ? jvm.toPath() : CheckRequest.currentJava(), flags,
                includes == null ? List.of() : includes,
                Duration.ofSeconds(forkTimeoutSeconds), Duration.ofSeconds(settleTimeoutSeconds),
                reportsDirectory.toPath(), pluginVersion, countAllObjects(), jfrObjectCounter(), baselinePath(),
                !recordsBaseline(), baselineTolerancePercent,
                stepSummary == null || stepSummary.isBlank() ? null : Path.of(stepSummary),
                runsJmh() ? jmhOptions() : null, timeGateTolerance(),
                forks != null ? forks : CheckRequest.defaultForks());
    }

    private JmhOptions jmhOptions() throws MojoExecutionException {
        try {
            return new JmhOptions(jmhForks, jmhWarmupIterations, duration(jmhWarmupTime, "jmh.warmupTime"),
                    jmhIterations, duration(jmhIterationTime, "jmh.iterationTime"), jmhMode, jmhTimeUnit);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("allocbudget: " + e.getMessage());
        }
    }

    /** {@code 500ms}, {@code 1s}, {@code 2 s}: JMH's way of writing times. */
    static Duration duration(String text, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*(\\d+)\\s*(ms|s)\\s*").matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("allocbudget." + name + " is '" + text + "'; write it like 500ms or 1s");
        }
        long n = Long.parseLong(m.group(1));
        return m.group(2).equals("s") ? Duration.ofSeconds(n) : Duration.ofMillis(n);
    }

    boolean selectedOnly() {
        return includes != null && includes.stream().anyMatch(Objects::nonNull);
    }

    private boolean jfrObjectCounter() throws MojoExecutionException {
        switch (objectCounter) {
            case "agent": return false;
            case "jfr": return true;
            default: throw new MojoExecutionException("allocbudget.objectCounter is '" + objectCounter
                    + "'; use 'agent' (the default: the native agent where available, JFR elsewhere) or 'jfr'");
        }
    }

    private boolean hasTestSources() throws MojoExecutionException {
        try {
            return AllocationCheck.hasTestSources(Path.of(project.getBuild().getTestSourceDirectory()));
        } catch (IOException e) {
            throw new MojoExecutionException("allocbudget: cannot read the test sources: " + e, e);
        }
    }

    /** Prints a progress line as each method finishes, and its sites when every method is counted. */
    private static final class LogListener implements CheckListener {
        private final Log log;
        private final boolean sites;

        LogListener(Log log, boolean sites) {
            this.log = log;
            this.sites = sites;
        }

        @Override
        public void started(Environment env, int methods) {
            log.info("Measuring allocation of " + methods + (methods == 1 ? " method" : " methods") + " on Java "
                    + env.javaVersion() + " (" + env.vmName() + ", " + env.gc() + "), one forked JVM each");
        }

        @Override
        public void methodFinished(int index, int total, MethodResult result) {
            log.info(ConsoleText.progressLine(index, total, result));
            if (sites && result.verdict() == Verdict.PASS) {
                ConsoleText.siteLines(result, MAX_SITES_SHOWN).forEach(line -> log.info("    " + line));
            }
        }

        @Override
        public void jmhStarted(int methods, String options) {
            log.info("Running " + methods + (methods == 1 ? " method" : " methods") + " under JMH (" + options
                    + ", GC profiler)");
        }

        @Override
        public void jmhFinished(int index, int total, MethodResult row, Duration left) {
            log.info(ConsoleText.jmhLine(index, total, row, left));
        }

        @Override
        public void warning(String message) {
            log.warn(message);
        }
    }
}
