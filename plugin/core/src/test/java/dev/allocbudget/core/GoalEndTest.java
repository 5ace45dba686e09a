package dev.allocbudget.core;

import static dev.allocbudget.core.model.Results.failed;
import static dev.allocbudget.core.model.Results.figure;
import static dev.allocbudget.core.model.Results.measured;
import static dev.allocbudget.core.model.Results.overBudget;
import static dev.allocbudget.core.model.Results.pass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.core.GoalEnd.FailOn;
import dev.allocbudget.core.model.Budget;
import dev.allocbudget.core.model.CheckOutcome;
import dev.allocbudget.core.model.Environment;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.Quantity;
import dev.allocbudget.core.report.Console;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a check ends: which results fail the build, and which switch the advice names. */
class GoalEndTest {
    private static final MethodResult PASSED = pass("a.B#fine", 0, new Budget(0L, null));
    private static final MethodResult OVER = measured("a.B#over", figure(16, null, null), new Budget(8L, null), null,
            List.of(overBudget(Quantity.BYTES, 16, 8)), Duration.ZERO);
    private static final MethodResult BROKEN = failed("a.B#broken", Budget.NONE, "the method threw", Duration.ZERO);

    @TempDir
    Path dir;
    private final List<String> log = new ArrayList<>();

    private GoalFailure end(FailOn failOn, MethodResult... results) {
        GoalEnd end = new GoalEnd(Console.of(l -> log.add("[INFO] " + l), l -> log.add("[WARNING] " + l),
                l -> log.add("[ERROR] " + l)), dir.resolve("target/allocbudget"), dir,
                dir.resolve("allocbudget-baseline.json"));
        CheckOutcome outcome = new CheckOutcome(new Environment("17", "v", "vm", "G1", "p"), List.of(results), null,
                Duration.ZERO);
        try {
            end.check(outcome, failOn, false);
            return null;
        } catch (GoalFailure e) {
            return e;
        }
    }

    private boolean logged(String line) {
        return log.contains(line);
    }

    @Test
    void violationsAloneNameTheSwitchThatRelaxesThem() {
        GoalFailure failure = end(FailOn.EVERY_RESULT, PASSED, OVER);
        assertTrue(failure.violations());
        assertTrue(logged("[ERROR] To report violations without failing the build: -Dallocbudget.failOnViolation=false"),
                String.join("\n", log));
    }

    @Test
    void failOnViolationIsNotOfferedWhenErrorsWouldFailTheBuildAnyway() {
        GoalFailure failure = end(FailOn.EVERY_RESULT, OVER, BROKEN);
        assertFalse(failure.violations());
        assertTrue(log.stream().noneMatch(l -> l.contains("failOnViolation")), String.join("\n", log));
    }

    @Test
    void failOnViolationFalseLetsViolationsPassButNotErrors() {
        assertEquals(null, end(FailOn.ERRORS, PASSED, OVER));
        assertTrue(logged("[WARNING] Not failing the build: allocbudget.failOnViolation is false."));
        log.clear();
        GoalFailure failure = end(FailOn.ERRORS, OVER, BROKEN);
        assertFalse(failure.violations());
        assertTrue(logged("[ERROR] Violations do not fail the build (allocbudget.failOnViolation is false), but errors"
                + " do."));
    }

    @Test
    void testFailureIgnoreReportsViolationsAndErrorsAndPasses() {
        assertEquals(null, end(FailOn.NOTHING, PASSED, OVER, BROKEN));
        assertTrue(logged("[WARNING]   a.B#over: bytes/op is 16, but budget is 8"), String.join("\n", log));
        assertTrue(log.stream().anyMatch(l -> l.startsWith("[WARNING]   a.B#broken: ")), String.join("\n", log));
        assertTrue(logged("[WARNING] Not failing the build: maven.test.failure.ignore is true."));
        assertTrue(log.stream().noneMatch(l -> l.startsWith("[ERROR]")));
    }

    @Test
    void aBuildThatPassedSaysNothingAboutSwitches() {
        assertEquals(null, end(FailOn.NOTHING, PASSED));
        assertTrue(log.stream().noneMatch(l -> l.contains("Not failing")), String.join("\n", log));
    }

    @Test
    void failOnCombinesTheTwoSwitches() {
        assertEquals(FailOn.EVERY_RESULT, FailOn.of(true, false));
        assertEquals(FailOn.ERRORS, FailOn.of(false, false));
        assertEquals(FailOn.NOTHING, FailOn.of(true, true));
        assertThrows(NullPointerException.class, () -> GoalEnd.fails(OVER, null));
    }
}
