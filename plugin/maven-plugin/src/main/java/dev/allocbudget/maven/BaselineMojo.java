package dev.allocbudget.maven;

import dev.allocbudget.core.AllocBudgetException;
import dev.allocbudget.core.CheckOutcome;
import dev.allocbudget.core.baseline.BaselineUpdate;
import dev.allocbudget.core.report.ConsoleText;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Measures every {@code @AllocationBudget} method (bytes and objects per call) and records the figures in the
 * module's baseline file for the Java feature version it runs on, keeping other versions' figures and every
 * entry's reason. From then on {@code check} fails any method that allocates more. Compiles the tests first, so
 * {@code mvn allocbudget:baseline} works on its own. Writes nothing when a method cannot be measured or is over its
 * annotation budget.
 */
@Mojo(name = "baseline", threadSafe = true, requiresDependencyResolution = ResolutionScope.TEST)
@Execute(phase = LifecyclePhase.TEST_COMPILE)
public class BaselineMojo extends AbstractAllocBudgetMojo {

    @Override
    boolean countAllObjects() {
        return true; // the baseline records objects/op of every method
    }

    @Override
    boolean recordsBaseline() {
        return true;
    }

    @Override
    boolean printSites() {
        return false;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping allocation baseline: allocbudget.skip is set.");
            return;
        }
        CheckOutcome outcome = runCheck();
        if (outcome == null) {
            return;
        }
        reportFailures(outcome, r -> r.verdict().isViolation(), ConsoleText.violationsHeadline(outcome), true,
                List.of("Budgets are hard limits that a baseline cannot accept: fix the code or raise the"
                        + " annotation's budget. " + baselineName() + " was not changed."));
        try {
            List<String> changes = BaselineUpdate.record(outcome, baselinePath(), selectedOnly());
            changes.forEach(line -> getLog().info("Baseline: " + line));
            getLog().info("Commit " + baselineName() + "; where a figure changed, add a \"reason\" to its entry"
                    + " for the reviewers (rewriting keeps it).");
        } catch (AllocBudgetException | IOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
