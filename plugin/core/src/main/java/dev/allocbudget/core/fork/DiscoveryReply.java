package dev.allocbudget.core.fork;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.core.model.Budget;
import dev.allocbudget.core.model.BudgetMethod;
import dev.allocbudget.core.model.Environment;
import dev.allocbudget.core.model.Problem;
import dev.allocbudget.runner.protocol.Event;
import dev.allocbudget.runner.load.Lookup;
import java.time.Instant;
import java.util.List;

/**
 * The discovery fork's answer, decoded once from its events: the JVM the forks run on, the budget methods of the
 * test classes, and what the user should know about classes it could not load; or why it has none.
 *
 * @param jvm     the forks' JVM in full ({@code 17.0.15+6-Debian-1deb12u1, OpenJDK 64-Bit Server VM
 *                17.0.15+6-Debian-1deb12u1, Debian}): what a stored figure names its JDK by
 * @param problem why discovery failed; {@code null} when it answered
 * @param started when the fork started
 * @param lookups what the fork looked up on the project's class path: what a stored discovery is keyed on
 */
public record DiscoveryReply(Environment environment, String jvm, List<BudgetMethod> methods, List<String> warnings,
        Problem problem, Instant started, List<Lookup> lookups) {

    static DiscoveryReply of(ForkRun run, String pluginVersion) {
        Problem failed = run.failed().orElse(null);
        Event.Env env = run.first(Event.Env.class).orElse(null);
        if (failed != null || env == null) {
            return new DiscoveryReply(null, null, List.of(), List.of(), failed != null ? failed
                    : new Problem.Failed("the fork reported no environment"), run.started(), run.lookups());
        }
        List<BudgetMethod> methods = run.all(Event.Method.class).stream()
                .map(m -> new BudgetMethod(m.id(),
                        Budget.of(m.budgetBytes(), m.budgetObjects(), m.applies(), m.threads()),
                        m.tolerancePercent() == AllocationBudget.BUILD_DEFAULT ? null : m.tolerancePercent(),
                        m.problem(), m.reuse()))
                .toList();
        return new DiscoveryReply(new Environment(env.javaVersion(), env.javaVendor(), env.vmName(), env.gc(),
                pluginVersion), env.runtimeVersion() + ", " + env.vmName() + " " + env.vmVersion() + ", "
                        + env.javaVendor(), methods,
                run.all(Event.Warning.class).stream().map(Event.Warning::text).toList(), null, run.started(),
                run.lookups());
    }
}
