package dev.allocbudget.core.fork;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.core.model.Budget;
import dev.allocbudget.core.model.BudgetMethod;
import dev.allocbudget.core.model.Environment;
import dev.allocbudget.core.model.Problem;
import dev.allocbudget.runner.protocol.Event;
import java.util.List;

/**
 * The discovery fork's answer, decoded once from its events: the JVM the forks run on, the budget methods of the
 * test classes, and what the user should know about classes it could not load; or why it has none.
 *
 * @param problem why discovery failed; {@code null} when it answered
 */
public record DiscoveryReply(Environment environment, List<BudgetMethod> methods, List<String> warnings,
        Problem problem) {

    static DiscoveryReply of(ForkRun run, String pluginVersion) {
        Problem failed = run.failed().orElse(null);
        Event.Env env = run.first(Event.Env.class).orElse(null);
        if (failed != null || env == null) {
            return new DiscoveryReply(null, List.of(), List.of(), failed != null ? failed
                    : new Problem.Failed("the fork reported no environment"));
        }
        List<BudgetMethod> methods = run.all(Event.Method.class).stream()
                .map(m -> new BudgetMethod(m.id(), Budget.of(m.budgetBytes(), m.budgetObjects()),
                        m.tolerancePercent() == AllocationBudget.BUILD_DEFAULT ? null : m.tolerancePercent(),
                        m.problem()))
                .toList();
        return new DiscoveryReply(new Environment(env.javaVersion(), env.javaVendor(), env.vmName(), env.gc(),
                pluginVersion), methods, run.all(Event.Warning.class).stream().map(Event.Warning::text).toList(), null);
    }
}
