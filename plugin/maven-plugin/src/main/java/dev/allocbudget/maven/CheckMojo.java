package dev.allocbudget.maven;

import dev.allocbudget.core.AllocBudgetException;
import dev.allocbudget.core.BaselineComparison.Status;
import dev.allocbudget.core.BaselineUse;
import dev.allocbudget.core.CheckOutcome;
import dev.allocbudget.core.MethodResult;
import dev.allocbudget.core.Verdict;
import dev.allocbudget.core.baseline.BaselineUpdate;
import dev.allocbudget.core.report.ConsoleText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
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
public class CheckMojo extends AbstractAllocBudgetMojo {

    /** Surefire's switch: skipping the tests skips their budgets too. */
    @Parameter(property = "skipTests", defaultValue = "false")
    boolean skipTests;

    /** Maven's switch for not even compiling the tests. */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    boolean mavenTestSkip;

    /**
     * When {@code false}, methods over budget or regressed from the baseline are reported as warnings and the build
     * passes. Methods that could not be measured at all (wrong shape, exceptions, crashed or hung forks) fail the
     * build either way.
     */
    @Parameter(property = "allocbudget.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    /**
     * Counts the objects of every method and prints its allocation sites, not only for methods with an objects
     * budget or over a budget (which always get them). Costs a fraction of a second per method.
     */
    @Parameter(property = "allocbudget.sites", defaultValue = "false")
    boolean sites;

    /**
     * After a check in which every method passed, rewrites the baseline file with the figures that improved (in two
     * forks) and only those: the baseline tightens, and never loosens.
     */
    @Parameter(property = "allocbudget.ratchet", defaultValue = "false")
    boolean ratchet;

    /**
     * Lets JMH timings fail the build (never by default: timings are noisy on shared machines): with JMH on, a method
     * whose time is worse than its baseline's by more than {@code timeTolerancePercent} AND whose 99.9% confidence
     * interval does not overlap the baseline's is REGRESSED. Needs a baseline recorded with JMH
     * ({@code mvn allocbudget:baseline -Dallocbudget.jmh=true}); turns JMH on.
     */
    @Parameter(property = "allocbudget.timeGate", defaultValue = "false")
    boolean timeGate;

    /** How much slower than the baseline (in percent) a method may be before the time gate looks at it. */
    @Parameter(property = "allocbudget.timeTolerancePercent", defaultValue = "10")
    double timeTolerancePercent;

    @Override
    boolean countAllObjects() {
        return sites;
    }

    @Override
    boolean runsJmh() {
        return jmh || timeGate;
    }

    @Override
    Double timeGateTolerance() {
        return timeGate ? timeTolerancePercent : null;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        String skipReason = skip ? "allocbudget.skip" : skipTests ? "skipTests" : mavenTestSkip ? "maven.test.skip" : null;
        if (skipReason != null) {
            getLog().info("Skipping allocation budget check: " + skipReason + " is set.");
            return;
        }
        CheckOutcome outcome = runCheck();
        if (outcome == null) {
            return;
        }
        reportBaseline(outcome);
        reportFailures(outcome, r -> r.verdict().isViolation(), ConsoleText.violationsHeadline(outcome), failOnViolation,
                advice(outcome));
        if (ratchet) {
            ratchet(outcome);
        }
    }

    /** What to do about the violations: accept a regression, or relax the build. */
    private List<String> advice(CheckOutcome outcome) {
        List<String> lines = new ArrayList<>();
        if (!outcome.with(Verdict.REGRESSED).isEmpty()) {
            // with the time gate on, the accepted baseline must carry the new times too
            lines.add("To accept: mvn allocbudget:baseline" + (timeGate ? " -Dallocbudget.jmh=true" : "")
                    + ", then commit " + baselineName() + " (add a reason for the change).");
        }
        if (failOnViolation) {
            lines.add("To report violations without failing the build: -Dallocbudget.failOnViolation=false");
        } else {
            lines.add(outcome.with(Verdict.ERROR).isEmpty()
                    ? "Not failing the build: allocbudget.failOnViolation is false."
                    : "Violations do not fail the build (allocbudget.failOnViolation is false), but errors do.");
        }
        return lines;
    }

    /** Improved, new and stale methods, and a missing section for this Java: news, not failures. */
    private void reportBaseline(CheckOutcome outcome) {
        BaselineUse baseline = outcome.baseline();
        if (baseline == null) {
            return;
        }
        if (!baseline.hasJava()) {
            getLog().warn(baselineName() + " has no figures for Java " + baseline.java() + " (it has Java "
                    + String.join(", ", baseline.javaInFile()) + "), so every method is NEW and none can regress."
                    + " Record them with 'mvn allocbudget:baseline' on Java " + baseline.java() + ".");
        }
        List<MethodResult> improved = outcome.with(Status.IMPROVED);
        if (!improved.isEmpty()) {
            getLog().info("Improved on the baseline:");
            improved.forEach(r -> getLog().info("  " + r.message()));
            if (!ratchet) {
                getLog().info("To lock the gain in: mvn allocbudget:baseline (or -Dallocbudget.ratchet=true on the"
                        + " check), then commit " + baselineName() + ".");
            }
        }
        List<MethodResult> added = outcome.with(Status.NEW);
        if (!added.isEmpty() && baseline.hasJava()) {
            getLog().info("Not in the baseline yet (NEW, passing): "
                    + String.join(", ", added.stream().map(MethodResult::id).toList())
                    + ". To record them: mvn allocbudget:baseline");
        }
        if (!baseline.stale().isEmpty()) {
            getLog().warn("Baseline entries with no such method (Java " + baseline.java() + "): "
                    + String.join(", ", baseline.stale()) + ". 'mvn allocbudget:baseline' removes them.");
        }
    }

    private void ratchet(CheckOutcome outcome) throws MojoExecutionException {
        if (outcome.baseline() == null) {
            getLog().info("Ratchet: there is no baseline file " + baselineName()
                    + " to tighten; record one with 'mvn allocbudget:baseline'.");
            return;
        }
        if (outcome.results().stream().anyMatch(r -> r.verdict() != Verdict.PASS)) {
            getLog().warn("Ratchet: the baseline was not changed, because not every method passed.");
            return;
        }
        try {
            List<String> changes = BaselineUpdate.ratchet(outcome, baselinePath());
            if (changes.isEmpty()) {
                getLog().info("Ratchet: nothing improved; " + baselineName() + " is unchanged.");
            } else {
                changes.forEach(line -> getLog().info("Ratchet: " + line));
                getLog().info("Ratchet: commit " + baselineName() + " to keep the gain.");
            }
        } catch (AllocBudgetException | IOException e) {
            throw new MojoExecutionException("allocbudget: the ratchet could not rewrite " + baselinePath() + ": "
                    + e.getMessage(), e);
        }
    }
}
