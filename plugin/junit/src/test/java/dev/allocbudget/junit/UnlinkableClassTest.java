package dev.allocbudget.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.allocbudget.AllocationBudget;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** A budget class whose methods cannot be linked (a class it names is missing) fails; it never passes unmeasured. */
class UnlinkableClassTest {

    @Test
    void aBudgetClassWhoseMethodsCannotBeLinkedFailsWithTheLinkageError(@TempDir Path dir) throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/broken"));
        Files.writeString(src.resolve("Gone.java"), "package broken; public class Gone {}");
        Files.writeString(src.resolve("Budgets.java"), "package broken;\n"
                + "public class Budgets {\n"
                + "  @dev.allocbudget.AllocationBudget(bytes = 0) public Gone gone() { return null; }\n"
                + "}\n");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String annotations = Path.of(AllocationBudget.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI()).toString();
        assertEquals(0, javac.run(null, null, null, "-d", classes.toString(), "-cp", annotations,
                src.resolve("Gone.java").toString(), src.resolve("Budgets.java").toString()));
        Files.delete(classes.resolve("broken/Gone.class"));

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            Class<?> budgets = Class.forName("broken.Budgets", false, loader);
            EngineExecutionResults results = EngineTestKit.engine(AllocBudgetTestEngine.ID)
                    .selectors(selectClass(budgets)).execute();
            List<Event> finished = results.testEvents().finished().list();
            assertEquals(1, finished.size());
            assertEquals("budget methods", finished.get(0).getTestDescriptor().getDisplayName());
            TestExecutionResult result = finished.get(0).getRequiredPayload(TestExecutionResult.class);
            assertEquals(TestExecutionResult.Status.FAILED, result.getStatus());
            Throwable error = result.getThrowable().orElseThrow();
            assertFalse(error instanceof AssertionError, "an error: nothing was measured");
            assertTrue(error.getMessage().startsWith("allocbudget could not list the budget methods of broken.Budgets:"
                    + " java.lang.NoClassDefFoundError: broken/Gone"), error.getMessage());
        }
        assertTrue(new File(classes.toFile(), "broken/Budgets.class").isFile());
    }
}
