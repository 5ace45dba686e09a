package dev.allocbudget.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.allocbudget.junit.fixtures.Budgets;
import dev.allocbudget.junit.fixtures.NoBudgets;
import dev.allocbudget.junit.fixtures.Rows;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * Budget classes in Surefire's test-classes directory that its includes did not list, on this module's real
 * test-classes (the fixtures hold budgets; the tests, NoBudgets and the nested classes do not).
 */
class UnrunBudgetClassesTest {
    private static final Path TEST_CLASSES = BudgetDiscovery.classRoot(Budgets.class);

    private static SurefireFork surefire(String requestedTest, String... handed) {
        return new SurefireFork(List.of(handed), requestedTest, TEST_CLASSES,
                TEST_CLASSES.resolveSibling("surefire-reports"));
    }

    /** The engine's children after a request with these selectors, in the fork {@code surefire} describes. */
    private static List<? extends TestDescriptor> reported(SurefireFork surefire, DiscoverySelector... selectors) {
        EngineDescriptor engine = new EngineDescriptor(UniqueId.forEngine(AllocBudgetTestEngine.ID), "allocbudget");
        UnrunBudgetClasses.report(LauncherDiscoveryRequestBuilder.request().selectors(selectors).build(), engine,
                Optional.ofNullable(surefire));
        return List.copyOf(engine.getChildren());
    }

    @Test
    void theBudgetClassesAreFoundByTheirClassFilesAlone() {
        List<String> found = UnrunBudgetClasses.budgetClasses(TEST_CLASSES);
        assertTrue(found.contains(Budgets.class.getName()), found::toString);
        assertTrue(found.contains(Rows.class.getName()), found::toString);
        assertTrue(!found.contains(NoBudgets.class.getName()) && !found.contains(getClass().getName()),
                found::toString);
    }

    @Test
    void onlyTheClassesSurefireDidNotListAreUnrun() {
        assertTrue(UnrunBudgetClasses.in(surefire("", "demo.CodecTest")).containsAll(
                List.of(Budgets.class.getName(), Rows.class.getName())));
        // included by name (a FooTest with budgets, or <include>**/*Budgets.java</include>)
        assertTrue(!UnrunBudgetClasses.in(surefire("", Budgets.class.getName())).contains(Budgets.class.getName()));
    }

    @Test
    void oneFailingTestUnderTheFirstUnrunClassNamesThemAllAndTheInclude() {
        List<? extends TestDescriptor> reported = reported(surefire("", getClass().getName()),
                selectClass(getClass()));
        assertEquals(1, reported.size());
        List<String> unrun = UnrunBudgetClasses.in(surefire("", getClass().getName()));
        TestDescriptor container = reported.get(0);
        assertEquals(unrun.get(0), container.getLegacyReportingName());
        assertEquals(1, container.getChildren().size());
        SetupProblem problem = (SetupProblem) container.getChildren().iterator().next();
        assertEquals(MethodSource.from(unrun.get(0), "budget methods"), problem.getSource().orElseThrow());
        String message = UnrunBudgetClasses.message(unrun);
        assertTrue(message.startsWith("allocbudget: Surefire did not hand these budget classes to the engine"),
                message);
        assertTrue(message.contains(Budgets.class.getName() + ", ") && message.contains(Rows.class.getName()),
                message);
        assertTrue(message.contains("<include>**/*Budgets.java</include>")
                && message.contains("<include>**/*Rows.java</include>")
                && message.contains("<include>**/*Test.java</include>"), message);
    }

    @Test
    void reportedOnlyInTheRequestThatSelectsSurefiresFirstClass() {
        // another fork or request (forkCount > 1, reuseForks=false) runs the first class and says it there
        assertEquals(List.of(), reported(surefire("", NoBudgets.class.getName(), getClass().getName()),
                selectClass(getClass())));
        assertEquals(1, reported(surefire("", getClass().getName(), NoBudgets.class.getName()),
                selectClass(getClass()), selectClass(NoBudgets.class)).size());
    }

    @Test
    void notWithDashDTestNorOutsideSurefireNorUnderFailsafeNorWhenEveryBudgetClassWasListed() {
        assertEquals(List.of(), reported(surefire("UnrunBudgetClassesTest", getClass().getName()),
                selectClass(getClass())));
        assertEquals(List.of(), reported(null, selectClass(getClass()), selectMethod(Budgets.class, "within")));
        SurefireFork failsafe = new SurefireFork(List.of(getClass().getName()), "", TEST_CLASSES,
                TEST_CLASSES.resolveSibling("failsafe-reports"));
        assertEquals(List.of(), reported(failsafe, selectClass(getClass())));
        List<String> all = new java.util.ArrayList<>(List.of(getClass().getName()));
        all.addAll(UnrunBudgetClasses.budgetClasses(TEST_CLASSES));
        assertEquals(List.of(), reported(surefire("", all.toArray(String[]::new)), selectClass(getClass())));
    }
}
