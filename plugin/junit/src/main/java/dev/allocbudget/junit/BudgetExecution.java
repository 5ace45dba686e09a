package dev.allocbudget.junit;

import dev.allocbudget.core.AllocationCheck;
import dev.allocbudget.core.CheckRequest;
import dev.allocbudget.core.GoalEnd;
import dev.allocbudget.core.GoalFailure;
import dev.allocbudget.core.UnknownProperties;
import dev.allocbudget.core.model.AllocBudgetException;
import dev.allocbudget.core.model.CheckOutcome;
import dev.allocbudget.core.model.PropertyNames;
import dev.allocbudget.core.report.Console;
import dev.allocbudget.runner.protocol.MethodId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;

/**
 * Runs the selected tests: one check per class-path directory (a module's test classes), over exactly the selected
 * rows, each measured, confirmed and compared with the module's baseline as {@code mvn allocbudget:check} does. What
 * cannot be measured fails with the reason; nothing selected passes without having been measured.
 */
final class BudgetExecution {
    private static final AtomicBoolean PROPERTIES_CHECKED = new AtomicBoolean();
    private final EngineExecutionListener junit;
    private final EngineSettings settings;

    BudgetExecution(ExecutionRequest request, String version) {
        this.junit = request.getEngineExecutionListener();
        this.settings = new EngineSettings(request.getConfigurationParameters(), version);
    }

    /** Measures the classes of the selection, one check per class-path directory. */
    void run(List<BudgetClassDescriptor> classes) {
        warnAboutUnreadProperties();
        Map<Path, List<BudgetClassDescriptor>> byRoot = new TreeMap<>();
        for (BudgetClassDescriptor c : classes) {
            if (c.classRoot() != null) {
                byRoot.computeIfAbsent(c.classRoot(), root -> new ArrayList<>()).add(c);
            } else {
                reportFromJar(c);
            }
        }
        byRoot.forEach(this::measure);
    }

    /**
     * Once per test JVM: the {@code allocbudget.*} system properties (Maven's {@code -D}, which Surefire passes on)
     * that the engine does not read, each said, as the plugin says it.
     */
    private static void warnAboutUnreadProperties() {
        if (PROPERTIES_CHECKED.compareAndSet(false, true)) {
            UnknownProperties.engineWarnings(System.getProperties().stringPropertyNames(), EngineSettings.READ,
                    PropertyNames.settings()).forEach(CONSOLE::warn);
        }
    }

    /** A class from a jar: the check lists a directory's classes, so its tests fail, with why. */
    private void reportFromJar(BudgetClassDescriptor c) {
        RowProgress progress = new RowProgress(junit, rowsOf(List.of(c)), settings.failOnViolation());
        progress.notMeasured("allocbudget measures the budget methods of classes compiled into a directory of the"
                + " test class path, as the check does; " + c.type().getName() + " comes from "
                + c.type().getProtectionDomain().getCodeSource() + ".");
    }

    private void measure(Path classRoot, List<BudgetClassDescriptor> classes) {
        List<BudgetRowDescriptor> rows = rowsOf(classes);
        RowProgress progress = new RowProgress(junit, rows, settings.failOnViolation());
        try {
            List<Path> classpath = TestClasspath.of(List.of(classRoot), classes.get(0).type().getClassLoader());
            Set<MethodId> ids = rows.stream().map(BudgetRowDescriptor::id).collect(Collectors.toSet());
            CheckRequest check = settings.request(classRoot, classpath, ids);
            CheckOutcome outcome = new AllocationCheck(check, progress).run();
            progress.notMeasured("the check's discovery fork did not list this method in " + classRoot
                    + "; see the fork logs in " + check.reportDir().resolve("forks"));
            end(check, outcome);
        } catch (AllocBudgetException e) {
            progress.notMeasured(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            progress.aborted("interrupted");
        } catch (RuntimeException | LinkageError e) {
            progress.notMeasured("allocbudget failed: " + e);
        }
    }

    /**
     * The goal's end, as the plugin's {@code check} has it: baseline news, the failures with what to do about them,
     * the ratchet when asked. The tests carry the failures already: a failing end only says so again.
     */
    private void end(CheckRequest check, CheckOutcome outcome) {
        if (outcome.results().isEmpty()) {
            return;
        }
        try {
            new GoalEnd(CONSOLE, check.reportDir(), check.projectDir(), check.baselineFile())
                    .check(outcome, GoalEnd.FailOn.of(settings.failOnViolation(), false), settings.ratchet());
        } catch (GoalFailure e) {
            CONSOLE.error(e.getMessage());
        }
    }

    /** The lines of a goal's end, on the launcher's output. */
    private static final Console CONSOLE = Console.of(line -> System.out.println("[allocbudget] " + line),
            line -> System.err.println("[allocbudget] WARNING " + line),
            line -> System.err.println("[allocbudget] ERROR " + line));

    private static List<BudgetRowDescriptor> rowsOf(List<BudgetClassDescriptor> classes) {
        return classes.stream().flatMap(c -> c.getChildren().stream())
                .filter(BudgetRowDescriptor.class::isInstance).map(BudgetRowDescriptor.class::cast).toList();
    }
}
