package dev.allocbudget.junit;

import java.util.Optional;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Discovery when the engine cannot list budget methods (the check's parts are missing from the class path, or
 * listing failed): every selected class whose class file names {@code @AllocationBudget} gets one failing test that
 * says why, under the class, where launchers report it (Surefire reports a test only under a class). Links only
 * JUnit and the JDK.
 */
final class ProblemDiscovery {
    private ProblemDiscovery() {}

    static void resolve(EngineDiscoveryRequest request, EngineDescriptor engine, String why) {
        EngineDiscoveryRequestResolver.<EngineDescriptor>builder()
                .addClassContainerSelectorResolver(BudgetClassFiles::mentionsBudgets)
                .addSelectorResolver(context -> new SelectorResolver() {
                    @Override
                    public Resolution resolve(ClassSelector selector, Context context) {
                        return problemUnder(selector.getJavaClass(), context);
                    }

                    @Override
                    public Resolution resolve(MethodSelector selector, Context context) {
                        return problemUnder(selector.getJavaClass(), context);
                    }

                    private Resolution problemUnder(Class<?> type, Context context) {
                        if (!BudgetClassFiles.mentionsBudgets(type)) {
                            return Resolution.unresolved();
                        }
                        Optional<BudgetClassDescriptor> c = context.addToParent(parent -> Optional.of(
                                new BudgetClassDescriptor(parent.getUniqueId(), type, null)));
                        c.filter(d -> d.getChildren().isEmpty()).ifPresent(d ->
                                d.addChild(new SetupProblem(d.getUniqueId(), type, why)));
                        return c.map(d -> Resolution.match(Match.exact(d))).orElse(Resolution.unresolved());
                    }
                })
                .build()
                .resolve(request, engine);
    }
}
