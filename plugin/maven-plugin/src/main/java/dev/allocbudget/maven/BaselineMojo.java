package dev.allocbudget.maven;

import dev.allocbudget.core.model.CheckOutcome;
import dev.allocbudget.core.GoalFailure;
import dev.allocbudget.core.GoalEnd;
import java.util.Objects;
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
public class BaselineMojo extends AbstractJmhModeMojo {

    @Override
    String goalName() {
        return "allocation baseline";
    }

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
    void finish(CheckOutcome outcome, GoalEnd end) throws GoalFailure {
        // measuring only some methods keeps the others' entries rather than dropping them as stale
        end.baseline(outcome, includes != null && includes.stream().anyMatch(Objects::nonNull));
    }
}
