package dev.allocbudget.maven;

import dev.allocbudget.core.AllocBudgetException;
import dev.allocbudget.core.AllocationCheck;
import dev.allocbudget.core.CheckListener;
import dev.allocbudget.core.CheckOutcome;
import dev.allocbudget.core.CheckRequest;
import dev.allocbudget.core.Environment;
import dev.allocbudget.core.JsonReport;
import dev.allocbudget.core.MethodResult;
import dev.allocbudget.core.Verdict;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.cli.CommandLineUtils;

/**
 * Measures every {@code @AllocationBudget} method of the module's test classes, each in a forked JVM of its own,
 * and fails the build when one allocates more bytes per call than its budget. Writes
 * {@code target/allocbudget/report.json} whether the build passes or fails.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public class CheckMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    String pluginVersion;

    /** Skips the check. */
    @Parameter(property = "allocbudget.skip", defaultValue = "false")
    boolean skip;

    /** Surefire's switch: skipping the tests skips their budgets too. */
    @Parameter(property = "skipTests", defaultValue = "false")
    boolean skipTests;

    /** Maven's switch for not even compiling the tests. */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    boolean mavenTestSkip;

    /**
     * When {@code false}, methods over budget are reported as warnings and the build passes. Methods that could not
     * be measured at all (wrong shape, exceptions, crashed or hung forks) fail the build either way.
     */
    @Parameter(property = "allocbudget.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

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

    /** A method whose bytes/op has not settled after this many seconds of calls is reported as an error. */
    @Parameter(property = "allocbudget.settleTimeoutSeconds", defaultValue = "20")
    int settleTimeoutSeconds;

    /**
     * Counts the objects of every method and prints its allocation sites, not only for methods with an objects
     * budget or over a budget (which always get them). Costs a fraction of a second per method.
     */
    @Parameter(property = "allocbudget.sites", defaultValue = "false")
    boolean sites;

    /**
     * How objects are counted: {@code agent} (the default) uses the native JVMTI agent where the plugin carries one
     * (Linux x86-64) and JFR elsewhere; {@code jfr} always uses JFR, the pure-Java route, which needs a JVM of its
     * own per count (without TLABs, G1) and seconds instead of a fraction of one.
     */
    @Parameter(property = "allocbudget.objectCounter", defaultValue = "agent")
    String objectCounter;

    /** The {@code java} executable for the forks; by default the one running Maven. */
    @Parameter(property = "allocbudget.jvm")
    File jvm;

    /** Where the report and the forks' logs go. */
    @Parameter(defaultValue = "${project.build.directory}/allocbudget", required = true)
    File reportsDirectory;

    /** Sites per method on the console; the report has them all. */
    static final int MAX_SITES_SHOWN = 8;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        String skipReason = skip ? "allocbudget.skip" : skipTests ? "skipTests" : mavenTestSkip ? "maven.test.skip" : null;
        if (skipReason != null) {
            getLog().info("Skipping allocation budget check: " + skipReason + " is set.");
            return;
        }
        Path testClasses = Path.of(project.getBuild().getTestOutputDirectory());
        if (!testClasses.toFile().isDirectory() && !hasTestSources()) {
            getLog().info("No test classes in this module; no allocation budgets to check.");
            return;
        }
        CheckOutcome outcome;
        try {
            outcome = new AllocationCheck(request(testClasses), new LogListener(getLog(), sites)).run();
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
            return;
        }
        getLog().info(outcome.summaryLine());
        report(outcome);
    }

    private void report(CheckOutcome outcome) throws MojoExecutionException, MojoFailureException {
        List<MethodResult> failed = outcome.with(Verdict.FAIL);
        List<MethodResult> errors = outcome.with(Verdict.ERROR);
        Path reportFile = reportsDirectory.toPath().resolve(JsonReport.FILE_NAME);
        boolean failing = !errors.isEmpty() || (failOnViolation && !failed.isEmpty());
        List<String> lines = new ArrayList<>();
        if (!failed.isEmpty()) {
            lines.add(outcome.violationsHeadline());
            for (MethodResult r : failed) {
                lines.add("  " + r.message());
                CheckOutcome.siteLines(r, MAX_SITES_SHOWN).forEach(line -> lines.add("    " + line));
            }
        }
        if (!errors.isEmpty()) {
            lines.add(outcome.errorsHeadline());
            errors.forEach(r -> lines.add("  " + r.message().replace("\n", "\n    ")));
        }
        if (lines.isEmpty()) {
            return;
        }
        lines.add("Report: " + reportFile);
        if (failOnViolation && !failed.isEmpty()) {
            lines.add("To report violations without failing the build: -Dallocbudget.failOnViolation=false");
        } else if (!failed.isEmpty()) {
            lines.add(errors.isEmpty()
                    ? "Not failing the build: allocbudget.failOnViolation is false."
                    : "Violations do not fail the build (allocbudget.failOnViolation is false), but errors do.");
        }
        for (String line : lines) {
            if (failing) getLog().error(line);
            else getLog().warn(line);
        }
        String seeAbove = " (details above and in " + reportFile + ")";
        if (!errors.isEmpty()) {
            throw new MojoExecutionException(outcome.errorsHeadline().replace(":", "") + seeAbove);
        }
        if (failing) {
            throw new MojoFailureException(outcome.violationsHeadline().replace(":", "") + seeAbove);
        }
    }

    private CheckRequest request(Path testClasses) throws MojoExecutionException {
        if (forkTimeoutSeconds <= 0 || settleTimeoutSeconds <= 0) {
            throw new MojoExecutionException("allocbudget.forkTimeoutSeconds (" + forkTimeoutSeconds
                    + ") and allocbudget.settleTimeoutSeconds (" + settleTimeoutSeconds + ") must be positive");
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
        return new CheckRequest(project.getBasedir().toPath(), testClasses, classpath,
                jvm != null ? jvm.toPath() : CheckRequest.currentJava(), flags,
                includes == null ? List.of() : includes,
                Duration.ofSeconds(forkTimeoutSeconds), Duration.ofSeconds(settleTimeoutSeconds),
                reportsDirectory.toPath(), pluginVersion, sites, jfrObjectCounter());
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

    /** Prints a progress line as each method finishes, and its sites when they were asked for. */
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
            log.info(CheckOutcome.progressLine(index, total, result));
            if (sites && result.verdict() == Verdict.PASS) {
                CheckOutcome.siteLines(result, MAX_SITES_SHOWN).forEach(line -> log.info("    " + line));
            }
        }

        @Override
        public void warning(String message) {
            log.warn(message);
        }
    }
}
