package dev.allocbudget.maven;

import dev.allocbudget.core.CheckRequest;
import dev.allocbudget.core.Reference;
import dev.allocbudget.core.model.PropertyNames;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters of what is measured and compared, and where the reports go, and their mapping to the request (which
 * checks them).
 */
abstract class AbstractMeasuringMojo extends AbstractForkingMojo {

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

    /**
     * The module's baseline: the figures {@code check} compares with (when the file exists) and {@code baseline}
     * writes. Keep one file per module: two modules never share one.
     */
    @Parameter(property = PropertyNames.BASELINE_FILE, defaultValue = "${project.basedir}/" + DEFAULT_BASELINE_FILE)
    File baselineFile;

    /** The baseline file's name when none is given: it may be absent (no baseline yet); a file named must exist. */
    static final String DEFAULT_BASELINE_FILE = "allocbudget-baseline.json";

    /**
     * How far, in percent, a figure may rise above its baseline before the method counts as regressed, for methods
     * whose annotation sets no {@code tolerancePercent}. Allocation figures are exact, so the default is 0; amortized
     * figures (a buffer grown every N calls) may need a few percent.
     */
    @Parameter(property = PropertyNames.BASELINE_TOLERANCE_PERCENT, defaultValue = "0")
    double baselineTolerancePercent;

    /**
     * Where each method's figures are stored, keyed by everything they depend on (the classes and resources its
     * forks loaded, the JDK, the forks' flags, the machine, the plugin), so that a later build reuses them while none
     * of it changes: only what a change touches is measured again. Under {@code target} by default, so
     * {@code mvn clean} empties it; point it at a directory your CI caches to keep it between runs.
     */
    @Parameter(property = PropertyNames.STORE, defaultValue = "${project.build.directory}/allocbudget/store")
    File store;

    /**
     * {@code false} measures every method in this build, whatever the store holds (and stores the new figures). For
     * one method whose figure depends on what the store cannot see, use {@code @AllocationBudget(reuse = false)}.
     */
    @Parameter(property = PropertyNames.REUSE, defaultValue = "true")
    boolean reuse;

    /** Where the reports and the forks' logs go. */
    @Parameter(defaultValue = "${project.build.directory}/allocbudget", required = true)
    File reportsDirectory;

    /**
     * Where {@code TEST-allocbudget.xml}, the JUnit XML report, goes; by default with the other reports. Set it to
     * {@code ${project.build.directory}/surefire-reports} for CI set-ups that read only Surefire's directory.
     */
    @Parameter(property = PropertyNames.JUNIT_REPORTS_DIRECTORY, defaultValue = "${project.build.directory}/allocbudget")
    File junitReportsDirectory;

    /**
     * Whether to append the markdown report to GitHub Actions' job summary ({@code GITHUB_STEP_SUMMARY}). A module
     * whose build has {@code report-aggregate} leaves the summary to it: the build gets one table.
     */
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

    /** With report-aggregate in the build, the job summary gets the build's one table instead of one per module. */
    private boolean summaryLeftToAggregate() {
        return mojoExecution != null && AggregateGoal.inBuild(session, project,
                mojoExecution.getGroupId() + ":" + mojoExecution.getArtifactId());
    }

    /** The request without JMH: every measuring parameter, as the user gave it. */
    CheckRequest.Builder measuring(Path testClasses) throws MojoExecutionException {
        List<Path> classpath = new ArrayList<>();
        try {
            project.getTestClasspathElements().forEach(e -> classpath.add(Path.of(e)));
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("allocbudget: the test classpath is not resolved: " + e.getMessage(), e);
        }
        String summary = stepSummary && !summaryLeftToAggregate() ? System.getenv("GITHUB_STEP_SUMMARY") : null;
        return forking(CheckRequest.builder())
                .projectDir(project.getBasedir().toPath())
                .testClassesDir(testClasses)
                .classpath(classpath)
                .mainClassesDir(Path.of(project.getBuild().getOutputDirectory()))
                .reference(reference())
                .includes(includes == null ? List.of() : includes)
                .failIfNoMethods(failIfNoMethods)
                .sites(countAllObjects())
                .baselineFile(baselineFile.toPath())
                .baselineFileNamed(!baselineFile.toPath().normalize()
                        .equals(project.getBasedir().toPath().resolve(DEFAULT_BASELINE_FILE).normalize()))
                .compareWithBaseline(!recordsBaseline())
                .baselineTolerancePercent(baselineTolerancePercent)
                .timeGateTolerancePercent(timeGateTolerance())
                .reportDir(reportsDirectory.toPath())
                .storeDir(store == null ? null : store.toPath())
                .reuse(reuse)
                .pluginVersion(pluginVersion)
                .junitReportsDir(junitReportsDirectory == null ? null : junitReportsDirectory.toPath())
                .stepSummary(summary == null || summary.isBlank() ? null : Path.of(summary));
    }
}
