package dev.allocbudget.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import dev.allocbudget.junit.fixtures.Budgets;
import dev.allocbudget.junit.fixtures.NoBudgets;
import dev.allocbudget.junit.fixtures.Rows;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineTestKit;

/** What the engine lists for each kind of selector, without measuring. */
class EngineDiscoveryTest {

    private static TestDescriptor discover(DiscoverySelector selector, String... parameters) {
        EngineTestKit.Builder kit = EngineTestKit.engine(AllocBudgetTestEngine.ID).selectors(selector);
        for (int i = 0; i < parameters.length; i += 2) {
            kit.configurationParameter(parameters[i], parameters[i + 1]);
        }
        return kit.discover().getEngineDescriptor();
    }

    /** The check's ids of the engine's tests. */
    private static Set<String> ids(TestDescriptor engine) {
        return engine.getDescendants().stream().filter(BudgetRowDescriptor.class::isInstance)
                .map(d -> ((BudgetRowDescriptor) d).id().toString()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aClassIsAContainerOfItsBudgetMethods() {
        TestDescriptor engine = discover(selectClass(Budgets.class));
        assertEquals(1, engine.getChildren().size());
        TestDescriptor container = engine.getChildren().iterator().next();
        assertTrue(container.isContainer());
        assertEquals("Budgets", container.getDisplayName());
        assertEquals(ClassSource.from(Budgets.class), container.getSource().orElseThrow());
        assertEquals(List.of("crashes", "over", "throwing", "within", "wrongShape"), container.getChildren().stream()
                .peek(t -> assertTrue(t.isTest())).map(TestDescriptor::getDisplayName).sorted().toList());
        assertEquals(Set.of(Budgets.class.getName() + "#within", Budgets.class.getName() + "#over",
                Budgets.class.getName() + "#wrongShape", Budgets.class.getName() + "#throwing",
                Budgets.class.getName() + "#crashes"), ids(engine));
        TestDescriptor over = container.getChildren().stream().filter(t -> t.getDisplayName().equals("over"))
                .findFirst().orElseThrow();
        MethodSource source = (MethodSource) over.getSource().orElseThrow();
        assertEquals(Budgets.class.getName(), source.getClassName());
        assertEquals("over", source.getMethodName());
    }

    @Test
    void eachParamRowIsATest() {
        assertEquals(Set.of(Rows.class.getName() + "#buffer[size=8]", Rows.class.getName() + "#buffer[size=64]"),
                ids(discover(selectClass(Rows.class))));
    }

    @Test
    void aMethodSelectorSelectsThatMethodOnly() {
        assertEquals(Set.of(Budgets.class.getName() + "#over"), ids(discover(selectMethod(Budgets.class, "over"))));
    }

    @Test
    void aPackageSelectorFindsEveryBudgetClassInIt() {
        TestDescriptor engine = discover(selectPackage(Budgets.class.getPackageName()));
        assertEquals(Set.of("Budgets", "Rows"), engine.getChildren().stream().map(TestDescriptor::getDisplayName)
                .collect(Collectors.toSet()));
        assertEquals(7, ids(engine).size());
    }

    @Test
    void aClassWithoutBudgetMethodsIsNotListed() {
        assertTrue(discover(selectClass(NoBudgets.class)).getChildren().isEmpty());
    }

    @Test
    void uniqueIdsSelectAClassOrOneRow() {
        UniqueId engine = UniqueId.forEngine(AllocBudgetTestEngine.ID);
        UniqueId rows = engine.append(BudgetClassDescriptor.SEGMENT, Rows.class.getName());
        assertEquals(2, ids(discover(selectUniqueId(rows))).size());
        assertEquals(Set.of(Rows.class.getName() + "#buffer[size=64]"),
                ids(discover(selectUniqueId(rows.append(BudgetRowDescriptor.SEGMENT, "buffer[size=64]")))));
    }

    @Test
    void includesNarrowTheTestsAsTheyNarrowTheCheck() {
        assertEquals(Set.of(Budgets.class.getName() + "#within", Rows.class.getName() + "#buffer[size=8]"),
                ids(discover(selectPackage(Budgets.class.getPackageName()),
                        "allocbudget.includes", "*#within, *[size=8]")));
    }

    @Test
    void switchedOffTheEngineListsNothing() {
        assertTrue(discover(selectClass(Budgets.class), EngineSettings.ENABLED, "false").getChildren().isEmpty());
    }
}
