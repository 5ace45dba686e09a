package dev.allocbudget.junit;

import dev.allocbudget.core.check.IdFilter;
import dev.allocbudget.runner.protocol.MethodId;
import dev.allocbudget.runner.shape.BudgetDeclaration;
import dev.allocbudget.runner.shape.DeclaredBudgets;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Turns a launcher's selection (class path roots, packages, classes, methods, unique ids, with their class name
 * filters) into the engine's tests: each class with budget methods a container, each row of its methods a test. The
 * rows are listed by {@link DeclaredBudgets}, as the check's discovery fork lists them, so both find the same ids;
 * {@code allocbudget.includes} narrows them as it narrows the check. No user code runs: classes are not initialised.
 */
final class BudgetDiscovery {
    private final EngineDiscoveryRequest request;
    private final EngineDescriptor engine;
    private final IdFilter includes;
    private final Map<Class<?>, Listing> listings = new HashMap<>();

    BudgetDiscovery(EngineDiscoveryRequest request, EngineDescriptor engine) {
        this.request = request;
        this.engine = engine;
        this.includes = new IdFilter(EngineSettings.includes(request.getConfigurationParameters()));
    }

    void resolve() {
        EngineDiscoveryRequestResolver.<EngineDescriptor>builder()
                .addClassContainerSelectorResolver(type -> !listing(type).isEmpty())
                .addSelectorResolver(context -> new Resolver())
                .build()
                .resolve(request, engine);
    }

    /** The rows of a class, or why they cannot be listed; empty for a class without budget methods. */
    private record Listing(List<BudgetDeclaration> rows, String problem) {
        boolean isEmpty() {
            return rows.isEmpty() && problem == null;
        }
    }

    private Listing listing(Class<?> type) {
        return listings.computeIfAbsent(type, BudgetDiscovery::list);
    }

    private static Listing list(Class<?> type) {
        try {
            return new Listing(DeclaredBudgets.of(type), null);
        } catch (LinkageError e) {
            // Its methods cannot be linked, so whether it has budgets is read from its class file instead.
            return new Listing(List.of(), BudgetClassFiles.mentionsBudgets(type) ? "allocbudget could not list the budget methods of "
                    + type.getName() + ": " + e + ". Its methods were not measured; put what it needs on the test"
                    + " class path." : null);
        }
    }

    private final class Resolver implements SelectorResolver {
        @Override
        public Resolution resolve(ClassSelector selector, Context context) {
            return resolveIn(selector.getJavaClass(), row -> true, context);
        }

        @Override
        public Resolution resolve(MethodSelector selector, Context context) {
            String name = selector.getMethodName();
            return resolveIn(selector.getJavaClass(), id -> id.method().equals(name), context);
        }

        @Override
        public Resolution resolve(UniqueIdSelector selector, Context context) {
            List<UniqueId.Segment> segments = selector.getUniqueId().getSegments();
            if (segments.size() < 2 || !segments.get(0).getValue().equals(engine.getUniqueId().getSegments().get(0)
                    .getValue()) || !segments.get(1).getType().equals(BudgetClassDescriptor.SEGMENT)) {
                return Resolution.unresolved();
            }
            Optional<Class<?>> type = ReflectionSupport.tryToLoadClass(segments.get(1).getValue()).toOptional();
            if (type.isEmpty()) {
                return Resolution.unresolved();
            }
            if (segments.size() == 2) {
                return resolveIn(type.get(), row -> true, context);
            }
            String row = segments.get(2).getValue();
            return resolveIn(type.get(), id -> id.methodWithRow().equals(row), context);
        }

        /** The class's container with the rows {@code selected} keeps (and includes allow); unresolved if none. */
        private Resolution resolveIn(Class<?> type, Predicate<MethodId> selected, Context context) {
            Listing listing = listing(type);
            if (listing.isEmpty()) {
                return Resolution.unresolved();
            }
            Optional<BudgetClassDescriptor> container = context.addToParent(parent -> Optional.of(
                    new BudgetClassDescriptor(parent.getUniqueId(), type, classRoot(type))));
            if (container.isEmpty()) {
                return Resolution.unresolved();
            }
            BudgetClassDescriptor c = container.get();
            if (listing.problem() != null) {
                if (c.getChildren().isEmpty()) {
                    c.addChild(new SetupProblem(c.getUniqueId(), type, listing.problem()));
                }
                return Resolution.match(SelectorResolver.Match.exact(c));
            }
            for (BudgetDeclaration row : listing.rows()) {
                if (selected.test(row.id()) && includes.matches(row.id().toString())) {
                    c.addRow(new BudgetRowDescriptor(c.getUniqueId(), row.id(), row.method()));
                }
            }
            return Resolution.match(SelectorResolver.Match.exact(c));
        }
    }

    /**
     * The class-path directory {@code type} was compiled into, where the check's discovery lists it; {@code null}
     * when it comes from a jar or cannot be located.
     */
    static Path classRoot(Class<?> type) {
        CodeSource code = type.getProtectionDomain().getCodeSource();
        URL location = code == null ? null : code.getLocation();
        if (location == null || !"file".equals(location.getProtocol())) {
            return null;
        }
        try {
            Path root = Path.of(location.toURI());
            return Files.isDirectory(root) ? root : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
