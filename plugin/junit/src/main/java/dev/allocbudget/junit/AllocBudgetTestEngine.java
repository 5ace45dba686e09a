package dev.allocbudget.junit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/**
 * The JUnit Platform engine {@value #ID}: every budget method (each {@code @Param} row of a JMH-shaped one) is a
 * test, measured as {@code mvn allocbudget:check} measures it, in forked JVMs. Registered through
 * {@code META-INF/services}, so IDEs, Surefire and the console launcher find it on the test class path.
 *
 * <p>This class links only JUnit and the JDK: when the check's own parts are missing from the class path, the
 * launcher still gets an engine, which reports the broken set-up as a failing test instead of failing to load.
 */
public final class AllocBudgetTestEngine implements TestEngine {
    public static final String ID = "allocbudget";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("dev.allocbudget");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("allocbudget-junit");
    }

    @Override
    public Optional<String> getVersion() {
        return Optional.of(version());
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineDescriptor engine = new EngineDescriptor(uniqueId, "allocbudget");
        if (!request.getConfigurationParameters().getBoolean(EngineSettings.ENABLED).orElse(true)) {
            return engine;
        }
        String missing = EngineParts.missing();
        if (missing != null) {
            ProblemDiscovery.resolve(request, engine, missing);
        } else {
            try {
                new BudgetDiscovery(request, engine).resolve();
            } catch (LinkageError | RuntimeException e) {
                engine = new EngineDescriptor(uniqueId, "allocbudget");
                ProblemDiscovery.resolve(request, engine, "allocbudget could not list the budget methods: " + e);
            }
        }
        UnrunBudgetClasses.report(request, engine);
        return engine;
    }

    /**
     * Reports the classes that hold only problems here, and hands the others to {@link BudgetExecution}, which
     * links the check: on a class path without it, there are only problems, and nothing of the check is loaded.
     */
    @Override
    public void execute(ExecutionRequest request) {
        EngineExecutionListener junit = request.getEngineExecutionListener();
        TestDescriptor engine = request.getRootTestDescriptor();
        junit.executionStarted(engine);
        List<BudgetClassDescriptor> measurable = new ArrayList<>();
        for (TestDescriptor child : engine.getChildren()) {
            BudgetClassDescriptor c = (BudgetClassDescriptor) child;
            if (c.getChildren().stream().allMatch(SetupProblem.class::isInstance)) {
                junit.executionStarted(c);
                c.getChildren().forEach(problem -> ((SetupProblem) problem).report(junit));
                junit.executionFinished(c, TestExecutionResult.successful());
            } else {
                measurable.add(c);
            }
        }
        if (!measurable.isEmpty()) {
            new BudgetExecution(request, version()).run(measurable);
        }
        junit.executionFinished(engine, TestExecutionResult.successful());
    }

    /** This engine's version, which it passes to the reports as the plugin's. */
    static String version() {
        Properties properties = new Properties();
        try (InputStream in = AllocBudgetTestEngine.class.getResourceAsStream("engine.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }
}
