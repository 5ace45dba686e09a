package dev.allocbudget.maven;

import dev.allocbudget.core.CheckRequest;
import dev.allocbudget.core.PropertyNames;
import dev.allocbudget.core.Reference;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.toolchain.Toolchain;
import org.apache.maven.toolchain.ToolchainManager;
import org.codehaus.plexus.util.cli.CommandLineUtils;

/** The parameters of how methods are measured, and their mapping to the request (which checks them). */
abstract class AbstractMeasuringMojo extends AbstractAllocBudgetMojo {

    /**
     * Checks only the methods whose id ({@code com.acme.Parser#parse}) matches one of these globs ({@code *} and
     * {@code ?}); on the command line, a comma-separated list: {@code -Dallocbudget.includes=*Parser#*,*Codec#encode}.
     */
    @Parameter(property = PropertyNames.INCLUDES)
    List<String> includes;

    /**
     * Whether {@code includes} that select none of the module's budget methods fail the build (a pattern with a
     * typo would otherwise check nothing and pass), as Surefire's {@code failIfNoSpecifiedTests}; {@code false} for
     * builds whose includes name the methods of some modules only.
     */
    @Parameter(property = PropertyNames.FAIL_IF_NO_METHODS, defaultValue = "true")
    boolean failIfNoMethods;

    /** Extra flags for the forked JVMs, e.g. {@code --add-exports java.base/sun.nio.ch=ALL-UNNAMED}. */
    @Parameter(property = PropertyNames.JVM_ARGS)
    String jvmArgs;

    /** A forked JVM still running after this many seconds is killed and its method reported as an error. */
    @Parameter(property = PropertyNames.FORK_TIMEOUT_SECONDS, defaultValue = "120")
    int forkTimeoutSeconds;

    /**
     * How many JVMs may measure at the same time; by default one per available processor. A limit for the whole
     * build: with {@code mvn -T 2}, the modules' measuring forks together stay within it. The figures do not depend
     * on it (they are byte counts, not times), only the wall time does. Each method's confirming forks still run one
     * after the other, and JMH's JVMs ({@code allocbudget.jmh}) always run alone. {@code 1} measures one method at a
     * time.
     */
    @Parameter(property = PropertyNames.FORKS)
    Integer forks;

    /**
     * Whose allocation a figure counts: {@code all} (the default) counts every thread of the fork while the calls
     * run, as JMH's GC profiler does, so work handed to an executor or a parallel stream counts; {@code caller}
     * counts only the thread that calls the method.
     */
    @Parameter(property = PropertyNames.THREADS, defaultValue = "all")
    String threads;

    /** A method whose bytes/op has not settled after this many seconds of calls is reported as an error. */
    @Parameter(property = PropertyNames.SETTLE_TIMEOUT_SECONDS, defaultValue = "20")
    int settleTimeoutSeconds;

    /**
     * How objects are counted: {@code agent} (the default) uses the native JVMTI agent where the plugin carries one
     * (Linux x86-64) and JFR elsewhere; {@code jfr} always uses JFR, the pure-Java route, which needs a JVM of its
     * own per count (without TLABs, G1) and seconds instead of a fraction of one.
     */
    @Parameter(property = PropertyNames.OBJECT_COUNTER, defaultValue = "agent")
    String objectCounter;

    /**
     * The {@code java} executable for the forks. Wins over {@code jdkToolchain} and the build's toolchain; without
     * any of them, the forks run on the JDK running Maven.
     */
    @Parameter(property = PropertyNames.JVM)
    File jvm;

    /**
     * The JDK toolchain the forks run on, with Surefire's meaning: requirements matched against the toolchains of
     * the build ({@code ~/.m2/toolchains.xml}, or {@code -t file}), e.g.
     * {@code <jdkToolchain><version>21</version></jdkToolchain>}. Without it, the forks run on the JDK toolchain
     * {@code maven-toolchains-plugin} chose for the build, if any.
     */
    @Parameter
    Map<String, String> jdkToolchain;

    @Inject
    ToolchainManager toolchainManager;

    /**
     * The module's baseline: the figures {@code check} compares with (when the file exists) and {@code baseline}
     * writes. Keep one file per module: two modules never share one.
     */
    @Parameter(property = PropertyNames.BASELINE_FILE, defaultValue = "${project.basedir}/allocbudget-baseline.json")
    File baselineFile;

    /**
     * How far, in percent, a figure may rise above its baseline before the method counts as regressed, for methods
     * whose annotation sets no {@code tolerancePercent}. Allocation figures are exact, so the default is 0; amortized
     * figures (a buffer grown every N calls) may need a few percent.
     */
    @Parameter(property = PropertyNames.BASELINE_TOLERANCE_PERCENT, defaultValue = "0")
    double baselineTolerancePercent;

    /** Where the reports and the forks' logs go. */
    @Parameter(defaultValue = "${project.build.directory}/allocbudget", required = true)
    File reportsDirectory;

    /**
     * Where {@code TEST-allocbudget.xml}, the JUnit XML report, goes; by default with the other reports. Set it to
     * {@code ${project.build.directory}/surefire-reports} for CI set-ups that read only Surefire's directory.
     */
    @Parameter(property = PropertyNames.JUNIT_REPORTS_DIRECTORY, defaultValue = "${project.build.directory}/allocbudget")
    File junitReportsDirectory;

    /** Whether to append the markdown report to GitHub Actions' job summary ({@code GITHUB_STEP_SUMMARY}). */
    @Parameter(property = PropertyNames.STEP_SUMMARY, defaultValue = "true")
    boolean stepSummary;

    /** Whether this goal counts the objects of every method (not only where a budget needs them). */
    abstract boolean countAllObjects();

    /** Whether this goal records the baseline (its figures are accepted, not compared with the old ones). */
    boolean recordsBaseline() {
        return false;
    }

    /** The code to compare with in the same run, or {@code null}. */
    Reference reference() throws MojoExecutionException {
        return null;
    }

    /** The time gate's tolerance in percent, or {@code null} when timings must not fail the build. */
    Double timeGateTolerance() {
        return null;
    }

    @Override
    boolean printSites() {
        return countAllObjects();
    }

    /** The request without JMH: every measuring parameter, as the user gave it. */
    CheckRequest.Builder measuring(Path testClasses) throws MojoExecutionException {
        List<Path> classpath = new ArrayList<>();
        try {
            project.getTestClasspathElements().forEach(e -> classpath.add(Path.of(e)));
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("allocbudget: the test classpath is not resolved: " + e.getMessage(), e);
        }
        String summary = stepSummary ? System.getenv("GITHUB_STEP_SUMMARY") : null;
        return CheckRequest.builder()
                .projectDir(project.getBasedir().toPath())
                .testClassesDir(testClasses)
                .classpath(classpath)
                .mainClassesDir(Path.of(project.getBuild().getOutputDirectory()))
                .reference(reference())
                .java(forkJava())
                .jvmArgs(jvmArgs())
                .includes(includes == null ? List.of() : includes)
                .failIfNoMethods(failIfNoMethods)
                .forkTimeout(Duration.ofSeconds(forkTimeoutSeconds))
                .settleTimeout(Duration.ofSeconds(settleTimeoutSeconds))
                .forks(forks != null ? forks : CheckRequest.defaultForks())
                .threads(threads)
                .objectCounter(objectCounter)
                .sites(countAllObjects())
                .baselineFile(baselineFile.toPath())
                .compareWithBaseline(!recordsBaseline())
                .baselineTolerancePercent(baselineTolerancePercent)
                .timeGateTolerancePercent(timeGateTolerance())
                .reportDir(reportsDirectory.toPath())
                .pluginVersion(pluginVersion)
                .junitReportsDir(junitReportsDirectory == null ? null : junitReportsDirectory.toPath())
                .stepSummary(summary == null || summary.isBlank() ? null : Path.of(summary));
    }

    /**
     * The {@code java} of the forks, as Surefire chooses its JVM: {@code allocbudget.jvm}, else the JDK toolchain
     * {@code jdkToolchain} names, else the build's JDK toolchain, else ({@code null}) Maven's own. Says which.
     */
    private Path forkJava() throws MojoExecutionException {
        if (jvm != null) {
            getLog().info("The forks run on " + jvm + " (" + PropertyNames.JVM + ").");
            return jvm.toPath();
        }
        Toolchain toolchain = null;
        String from = null;
        if (jdkToolchain != null && !jdkToolchain.isEmpty()) {
            List<Toolchain> matching = toolchainManager.getToolchains(session, "jdk", jdkToolchain);
            if (matching.isEmpty()) {
                throw new MojoExecutionException("allocbudget: no JDK toolchain matches jdkToolchain " + jdkToolchain
                        + " among the build's toolchains (~/.m2/toolchains.xml, or the file given with -t). Add one"
                        + " to toolchains.xml, change jdkToolchain, or name a java executable with -D"
                        + PropertyNames.JVM + ".");
            }
            toolchain = matching.get(0);
            from = "the JDK toolchain that matches jdkToolchain " + jdkToolchain;
        } else if (toolchainManager != null && session != null) {
            toolchain = toolchainManager.getToolchainFromBuildContext("jdk", session);
            from = "the build's JDK toolchain, from maven-toolchains-plugin";
        }
        if (toolchain == null) {
            getLog().info("The forks run on " + CheckRequest.currentJava() + " (the JDK running Maven).");
            return null;
        }
        String java = toolchain.findTool("java");
        if (java == null) {
            throw new MojoExecutionException("allocbudget: the JDK toolchain " + toolchain + " (" + from + ") has no"
                    + " java executable; correct its jdkHome in toolchains.xml");
        }
        getLog().info("The forks run on " + java + " (" + from + ").");
        return Path.of(java);
    }

    /** A POM value may span lines: any run of whitespace separates two flags. */
    private List<String> jvmArgs() throws MojoExecutionException {
        try {
            return jvmArgs == null || jvmArgs.isBlank() ? List.of()
                    : Arrays.asList(CommandLineUtils.translateCommandline(jvmArgs.trim().replaceAll("\\s+", " ")));
        } catch (Exception e) {
            throw new MojoExecutionException(PropertyNames.JVM_ARGS + " cannot be parsed: " + jvmArgs, e);
        }
    }
}
