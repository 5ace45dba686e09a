package dev.allocbudget.maven;

import dev.allocbudget.core.model.CheckOutcome;
import dev.allocbudget.core.GoalFailure;
import dev.allocbudget.core.model.PropertyNames;
import dev.allocbudget.core.Reference;
import dev.allocbudget.core.GoalEnd;
import dev.allocbudget.core.report.ConsoleText;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Measures every {@code @AllocationBudget} method of the module's test classes, each in a forked JVM of its own,
 * and fails the build when one allocates more per call than its budget, or than its baseline when the module has a
 * baseline file. Writes {@code report.json}, {@code TEST-allocbudget.xml}, {@code report.md} and
 * {@code report.html} to {@code target/allocbudget} whether the build passes or fails.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public class CheckMojo extends AbstractJmhModeMojo {
    private static final String JUNIT_ENGINE = "allocbudget-junit";

    /** Surefire's switch: skipping the tests skips their budgets too. */
    @Parameter(property = PropertyNames.SKIP_TESTS, defaultValue = "false")
    boolean skipTests;

    /** Maven's switch for not even compiling the tests. */
    @Parameter(property = PropertyNames.MAVEN_TEST_SKIP, defaultValue = "false")
    boolean mavenTestSkip;

    /**
     * When {@code false}, methods over budget or regressed from the baseline are reported as warnings and the build
     * passes. Methods that could not be measured at all (wrong shape, exceptions, crashed or hung forks) fail the
     * build either way.
     */
    @Parameter(property = PropertyNames.FAIL_ON_VIOLATION, defaultValue = "true")
    boolean failOnViolation;

    /**
     * Surefire's switch, honoured as Surefire honours it: methods over budget, regressed or not measurable are
     * reported and the build passes. A broken setup (a baseline file that cannot be read, a JDK that cannot be
     * found) still fails it.
     */
    @Parameter(property = PropertyNames.TEST_FAILURE_IGNORE, defaultValue = "false")
    boolean testFailureIgnore;

    /**
     * Counts the objects of every method and prints its allocation sites, not only for methods with an objects
     * budget or over a budget (which always get them). Costs a fraction of a second per method.
     */
    @Parameter(property = PropertyNames.SITES, defaultValue = "false")
    boolean sites;

    /**
     * After a check in which every method passed, rewrites the baseline file with the figures that improved (in two
     * forks) and only those: the baseline tightens, and never loosens.
     */
    @Parameter(property = PropertyNames.RATCHET, defaultValue = "false")
    boolean ratchet;

    /**
     * Lets JMH timings fail the build (never by default): each method runs under JMH in pairs of forks, one on the
     * {@code reference}'s classes and one on this build's, side by side, and a method whose time is more than
     * {@code timeTolerancePercent} above the reference's, with the whole 95% confidence interval of the ratio, and
     * again when measured with new pairs, is REGRESSED. Needs a {@code reference}; turns JMH on.
     */
    @Parameter(property = PropertyNames.TIME_GATE, defaultValue = "false")
    boolean timeGate;

    /**
     * The code to compare with, measured in the same run: a released version of this module ({@code 1.4.0},
     * resolved as {@code ${project.groupId}:${project.artifactId}:1.4.0} from the project's repositories), or the path
     * of a jar or classes directory (absolute, or relative to the module), such as the target branch built into a
     * directory. The budget methods run on its classes in place of the module's own, everything else the same. With
     * no baseline file, each method's allocation is compared with the reference's; with {@code timeGate}, its time.
     */
    @Parameter(property = PropertyNames.REFERENCE)
    String reference;

    /** How much slower than the reference (in percent) a method may be before the time gate fails it. */
    @Parameter(property = PropertyNames.TIME_TOLERANCE_PERCENT, defaultValue = "10")
    double timeTolerancePercent;

    @Override
    String goalName() {
        return "allocation budget check";
    }

    /** Skipping the tests skips their budgets too. */
    @Override
    String skipProperty() {
        return skip ? PropertyNames.SKIP : skipTests ? PropertyNames.SKIP_TESTS
                : mavenTestSkip ? PropertyNames.MAVEN_TEST_SKIP : null;
    }

    /**
     * The JUnit engine on the test class path measured the budgets in this build's {@code test} phase already (it
     * runs under Surefire): measuring them again here doubles the cost, so the build says how to measure once.
     */
    @Override
    void beforeMeasuring() {
        boolean afterTests = mojoExecution != null && mojoExecution.getSource() == MojoExecution.Source.LIFECYCLE;
        boolean engineOn = !"false".equals(session.getUserProperties().getProperty(PropertyNames.JUNIT_ENABLED,
                session.getSystemProperties().getProperty(PropertyNames.JUNIT_ENABLED)));
        boolean engine = project.getArtifacts().stream().anyMatch(a -> JUNIT_ENGINE.equals(a.getArtifactId())
                && pluginGroupId.equals(a.getGroupId()));
        if (afterTests && engine && engineOn) {
            getLog().warn(ConsoleText.measuredTwice(PropertyNames.JUNIT_ENABLED));
        }
    }

    @Override
    boolean countAllObjects() {
        return sites;
    }

    @Override
    boolean runsJmh() {
        return jmh || timeGate;
    }

    @Override
    Reference reference() throws MojoExecutionException {
        return reference == null || reference.isBlank() ? null
                : ReferenceCode.resolve(reference, project, repositorySystem, session);
    }

    @Override
    Double timeGateTolerance() {
        return timeGate ? timeTolerancePercent : null;
    }

    @Override
    void finish(CheckOutcome outcome, GoalEnd end) throws GoalFailure {
        end.check(outcome, GoalEnd.FailOn.of(failOnViolation, testFailureIgnore), ratchet);
    }
}
