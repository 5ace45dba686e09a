package dev.allocbudget.junit;

import dev.allocbudget.runner.protocol.MethodId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.allocbudget.core.model.AllocBudgetException;
import dev.allocbudget.core.model.CompileOrders;
import dev.allocbudget.core.CheckRequest;
import dev.allocbudget.junit.fixtures.Budgets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The engine's settings, read as JUnit configuration parameters and turned into the check's request. */
class EngineSettingsTest {

    /** Configuration parameters from a map, as a launcher hands them over. */
    private record Parameters(Map<String, String> values) implements ConfigurationParameters {
        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(values.get(key));
        }

        @Override
        public Optional<Boolean> getBoolean(String key) {
            return get(key).map(Boolean::parseBoolean);
        }

        @Override
        @SuppressWarnings("deprecation")
        public int size() {
            return values.size();
        }

        @Override
        public Set<String> keySet() {
            return values.keySet();
        }
    }

    private static CheckRequest request(Path classRoot, Map<String, String> values) throws AllocBudgetException {
        return new EngineSettings(new Parameters(values), "test").request(classRoot, List.of(classRoot),
                Set.of(MethodId.parse("a.B#c")));
    }

    @Test
    void aMavenModulesDirectoryIsAboveTargetTestClassesAndHoldsTheBaseline(@TempDir Path module) throws Exception {
        Path classes = Files.createDirectories(module.resolve("target/test-classes"));
        CheckRequest request = request(classes, Map.of());
        assertEquals(module, request.projectDir());
        assertEquals(module.resolve("allocbudget-baseline.json"), request.baselineFile());
        assertFalse(request.baselineFileNamed(), "the default file may be absent");
        assertEquals(module.resolve("target/allocbudget-junit"), request.reportDir());
        assertEquals(Set.of(MethodId.parse("a.B#c")), request.methodIds());
        CheckRequest named = request(classes, Map.of("allocbudget.baselineFile", "budgets/base.json"));
        assertEquals(module.resolve("budgets/base.json"), named.baselineFile());
        assertTrue(named.baselineFileNamed(), "a file named must exist");
    }

    @Test
    void jvmArgsSplitOnSpacesAndQuotesKeepAFlagTogether(@TempDir Path module) throws Exception {
        CheckRequest request = request(module, Map.of("allocbudget.jvmArgs",
                " -Xmx1g  --add-opens java.base/java.lang=ALL-UNNAMED \"-Dname=a b\" -Dempty='' "));
        assertEquals(List.of("-Xmx1g", "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Dname=a b", "-Dempty="),
                request.jvmArgs());
        AllocBudgetException unclosed = assertThrows(AllocBudgetException.class,
                () -> request(module, Map.of("allocbudget.jvmArgs", "-Dx=\"a")));
        assertTrue(unclosed.getMessage().startsWith("allocbudget.jvmArgs has an unclosed quote"));
    }

    @Test
    void theMeasuringSettingsAreThePlugins(@TempDir Path module) throws Exception {
        CheckRequest request = request(module, Map.of("allocbudget.forkTimeoutSeconds", "30",
                "allocbudget.forks", "1", "allocbudget.sites", "true", "allocbudget.baselineTolerancePercent", "5",
                "allocbudget.compileOrders", "smaller"));
        assertEquals(30, request.forkTimeout().toSeconds());
        assertEquals(1, request.forks());
        assertTrue(request.sites());
        assertEquals(5, request.baselineTolerancePercent());
        assertEquals(CompileOrders.SMALLER, request.compileOrders());
        assertFalse(request(module, Map.of()).sites());
        assertEquals(CompileOrders.LARGER, request(module, Map.of()).compileOrders());
    }

    @Test
    void aBadSettingIsATestErrorThatNamesIt() {
        var finished = EngineTestKit.engine(AllocBudgetTestEngine.ID)
                .selectors(selectMethod(Budgets.class, "within"))
                .configurationParameter("allocbudget.forks", "two")
                .execute().testEvents().finished().list();
        assertEquals(1, finished.size());
        TestExecutionResult result = finished.get(0).getRequiredPayload(TestExecutionResult.class);
        assertEquals(TestExecutionResult.Status.FAILED, result.getStatus());
        assertEquals("allocbudget.forks is 'two'; give a whole number",
                result.getThrowable().orElseThrow().getMessage());
    }
}
