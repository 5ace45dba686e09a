package dev.allocbudget.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.allocbudget.junit.fixtures.Budgets;
import dev.allocbudget.junit.fixtures.Rows;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/** One real run of the engine over the fixtures (real forks), asserted from several sides. */
class EngineExecutionTest {
    private static EngineExecutionResults results;

    @BeforeAll
    static void run() {
        results = EngineTestKit.engine(AllocBudgetTestEngine.ID)
                .selectors(selectClass(Budgets.class), selectClass(Rows.class))
                .execute();
    }

    private static TestExecutionResult resultOf(String row) {
        return results.testEvents().finished().stream()
                .filter(e -> e.getTestDescriptor().getDisplayName().equals(row))
                .map(e -> e.getRequiredPayload(TestExecutionResult.class))
                .findFirst().orElseThrow(() -> new AssertionError("no result for " + row));
    }

    private static String messageOf(String row) {
        TestExecutionResult result = resultOf(row);
        assertEquals(TestExecutionResult.Status.FAILED, result.getStatus(), row);
        return result.getThrowable().orElseThrow().getMessage();
    }

    private static Map<String, String> entryOf(String row) {
        return results.testEvents().reportingEntryPublished().stream()
                .filter(e -> e.getTestDescriptor().getDisplayName().equals(row))
                .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
                .findFirst().orElseThrow(() -> new AssertionError("no report entry for " + row));
    }

    @Test
    void everyTestIsStartedAndFinishedOnceInsideItsStartedClass() {
        results.testEvents().assertStatistics(s -> s.started(7).finished(7).succeeded(2).failed(5).aborted(0)
                .skipped(0));
        results.containerEvents().assertStatistics(s -> s.started(3).succeeded(3)); // the engine and two classes
        for (Event finished : results.testEvents().finished().list()) {
            String container = finished.getTestDescriptor().getParent().orElseThrow().getUniqueId().toString();
            long before = results.allEvents().list().stream()
                    .takeWhile(e -> e != finished)
                    .filter(e -> e.getType() == EventType.STARTED
                            && e.getTestDescriptor().getUniqueId().toString().equals(container))
                    .count();
            assertEquals(1, before, "the class is started before its test " + finished.getTestDescriptor());
        }
    }

    @Test
    void aMethodWithinItsBudgetPassesWithItsFigures() {
        assertEquals(TestExecutionResult.Status.SUCCESSFUL, resultOf("within").getStatus());
        assertEquals(Map.of("bytesPerOp", "0", "objectsPerOp", "0", "verdict", "PASS"), entryOf("within"));
    }

    @Test
    void anOverBudgetMethodFailsWithThePluginsMessageAndSites() {
        Throwable failure = resultOf("over").getThrowable().orElseThrow();
        assertInstanceOf(AssertionError.class, failure, "a violation is a failure, not an error");
        String message = failure.getMessage();
        assertTrue(message.startsWith(Budgets.class.getName() + "#over: bytes/op is 16, but budget is 8\n"), message);
        assertTrue(message.contains("allocation sites (per call, steady state):"), message);
        assertTrue(message.contains("java.lang.Integer  at " + Budgets.class.getName() + ".over(Budgets.java:"),
                message);
        assertEquals(Budgets.class.getName(), failure.getStackTrace()[0].getClassName());
        assertEquals("over", failure.getStackTrace()[0].getMethodName());
        assertEquals("16", entryOf("over").get("bytesPerOp"));
        assertEquals("FAIL", entryOf("over").get("verdict"));
    }

    @Test
    void aMethodOfAWrongShapeIsAnErrorThatSaysWhy() {
        Throwable error = resultOf("wrongShape").getThrowable().orElseThrow();
        assertFalse(error instanceof AssertionError, "an error, not a failure");
        assertTrue(error.getMessage().startsWith(Budgets.class.getName() + "#wrongShape"), error.getMessage());
        assertTrue(error.getMessage().contains("parameter"), error.getMessage());
    }

    @Test
    void aMethodThatThrowsIsAnErrorThatQuotesIt() {
        String message = messageOf("throwing");
        assertTrue(message.contains("java.lang.IllegalStateException: no figure for you"), message);
    }

    @Test
    void aForkThatDiesIsAnErrorThatSaysSo() {
        String message = messageOf("crashes");
        assertTrue(message.startsWith(Budgets.class.getName() + "#crashes"), message);
        assertTrue(message.contains("exit code 3") || message.contains("exited with code 3"), message);
    }

    @Test
    void eachParamRowHasItsOwnVerdict() {
        assertEquals(TestExecutionResult.Status.SUCCESSFUL, resultOf("buffer[size=8]").getStatus());
        assertEquals("24", entryOf("buffer[size=8]").get("bytesPerOp"));
        assertTrue(messageOf("buffer[size=64]").startsWith(Rows.class.getName()
                + "#buffer[size=64]: bytes/op is 80, but budget is 32"), messageOf("buffer[size=64]"));
    }
}
