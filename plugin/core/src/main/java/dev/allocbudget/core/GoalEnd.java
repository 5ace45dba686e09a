package dev.allocbudget.core;

import dev.allocbudget.core.baseline.BaselineChange;
import dev.allocbudget.core.baseline.BaselineUpdate;
import dev.allocbudget.core.model.AllocBudgetException;
import dev.allocbudget.core.model.BaselineComparison.Status;
import dev.allocbudget.core.model.BaselineUse;
import dev.allocbudget.core.model.CheckOutcome;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.PropertyNames;
import dev.allocbudget.core.model.Verdict;
import dev.allocbudget.core.report.Console;
import dev.allocbudget.core.report.ConsoleText;
import dev.allocbudget.core.report.HtmlReport;
import dev.allocbudget.core.report.ProblemText;
import dev.allocbudget.core.report.ResultText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a goal does after a check has measured, the one place this is decided for the Maven goals and the JUnit
 * engine alike: print the failures with their sites and what to do about them, the news about the baseline, and
 * record or tighten the baseline; then fail the build, or not ({@link #fails}).
 */
public final class GoalEnd {
    private final Console console;
    private final Path reportFile;
    private final Path baselineFile;
    private final String baselineName;

    /** @param projectDir the module's directory, against which the baseline file is named */
    public GoalEnd(Console console, Path reportDir, Path projectDir, Path baselineFile) {
        this.console = console;
        this.reportFile = reportDir.resolve(HtmlReport.FILE_NAME); // the report a reader opens
        this.baselineFile = baselineFile;
        this.baselineName = ConsoleText.relative(projectDir, baselineFile);
    }

    /**
     * Which results fail the build. By default all that did not pass; {@code allocbudget.failOnViolation=false}
     * lets violations (over budget, regressed) pass, and Surefire's {@code maven.test.failure.ignore}, honoured as
     * Surefire honours it for failing and erring tests, lets every result pass. A broken setup fails either way.
     */
    public enum FailOn {
        EVERY_RESULT, ERRORS, NOTHING;

        public static FailOn of(boolean failOnViolation, boolean testFailureIgnore) {
            return testFailureIgnore ? NOTHING : failOnViolation ? EVERY_RESULT : ERRORS;
        }
    }

    /** Whether a method's result fails the goal, as {@code failOn} decides. */
    public static boolean fails(MethodResult result, FailOn failOn) {
        return switch (failOn) {
            case EVERY_RESULT -> result.verdict() == Verdict.ERROR || result.verdict().isViolation();
            case ERRORS -> result.verdict() == Verdict.ERROR;
            case NOTHING -> false;
        };
    }

    /**
     * Goal {@code check}: baseline news, then the violations and errors; then, when every method passed and
     * {@code ratchet} is set, the baseline tightened.
     */
    public void check(CheckOutcome outcome, FailOn failOn, boolean ratchet) throws GoalFailure {
        baselineNews(outcome, ratchet);
        failures(outcome, failOn, checkAdvice(outcome, failOn));
        if (ratchet) {
            ratchet(outcome);
        }
    }

    /** Goal {@code baseline}: records the figures, unless a method could not be measured or broke its budget. */
    public void baseline(CheckOutcome outcome, boolean selectedOnly) throws GoalFailure {
        failures(outcome, FailOn.EVERY_RESULT, outcome.violations().isEmpty() ? List.of() : List.of("Budgets are hard"
                + " limits that a baseline cannot accept: fix the code or raise the annotation's budget. "
                + baselineName + " was not changed."));
        try {
            List<BaselineChange> changes = BaselineUpdate.record(outcome, baselineFile, selectedOnly);
            changes.forEach(change -> console.info("Baseline: " + ConsoleText.baselineChange(change)));
            console.info("Baseline: " + outcome.results().size() + " methods recorded for Java "
                    + outcome.environment().javaFeature() + " in " + baselineFile);
            console.info("Commit " + baselineName + "; where a figure changed, add a \"reason\" to its entry for the"
                    + " reviewers (rewriting keeps it).");
        } catch (AllocBudgetException | IOException e) {
            throw new GoalFailure(false, e.getMessage(), e);
        }
    }

    /**
     * Prints the violations with their messages and sites, then the errors, then the report's path and
     * {@code advice}: as errors when the build fails, else as warnings. Then fails the build when a result fails
     * it ({@link #fails}).
     */
    private void failures(CheckOutcome outcome, FailOn failOn, List<String> advice) throws GoalFailure {
        List<MethodResult> failed = outcome.violations();
        List<MethodResult> errors = outcome.with(Verdict.ERROR);
        boolean failingBuild = outcome.results().stream().anyMatch(r -> fails(r, failOn));
        List<String> lines = new ArrayList<>();
        if (!failed.isEmpty()) {
            lines.add(ConsoleText.violationsHeadline(outcome));
            for (MethodResult r : failed) {
                lines.add("  " + ResultText.withId(r));
                if (!r.isTimeOnlyRegression()) {
                    ConsoleText.siteLines(r, ConsoleText.MAX_SITES_SHOWN).forEach(line -> lines.add("    " + line));
                }
            }
        }
        if (!errors.isEmpty()) {
            lines.add(ConsoleText.errorsHeadline(outcome));
            errors.forEach(r -> lines.add("  " + ResultText.withId(r).replace("\n", "\n    ")));
        }
        if (lines.isEmpty()) {
            return;
        }
        lines.add("Report: " + reportFile);
        lines.addAll(advice);
        for (String line : lines) {
            if (failingBuild) console.error(line);
            else console.warn(line);
        }
        String seeAbove = " (details above and in " + reportFile + ")";
        if (!failingBuild) {
            return;
        }
        if (!errors.isEmpty()) {
            throw new GoalFailure(false, ConsoleText.errors(outcome) + seeAbove, null);
        }
        throw new GoalFailure(true, ConsoleText.violations(outcome) + seeAbove, null);
    }

    /**
     * What to do about the violations: accept a regression, or relax the build, naming only a switch that would
     * let this build pass (errors are not relaxed by {@code failOnViolation}).
     */
    private List<String> checkAdvice(CheckOutcome outcome, FailOn failOn) {
        List<String> lines = new ArrayList<>();
        List<MethodResult> regressed = outcome.with(Verdict.REGRESSED);
        List<MethodResult> allocation = regressed.stream().filter(r -> !r.isTimeOnlyRegression()).toList();
        if (allocation.stream().anyMatch(ConsoleText::againstReference)) {
            lines.add("Allocation is compared with the reference again in every run: to accept the change, make the"
                    + " reference a version that has it (-D" + PropertyNames.REFERENCE + "), or record a baseline"
                    + " file (mvn allocbudget:baseline), which then takes the reference's place for allocation.");
        } else if (!allocation.isEmpty()) {
            lines.add("To accept: mvn allocbudget:baseline, then commit " + baselineName + " (add a reason for the"
                    + " change).");
        }
        if (regressed.stream().anyMatch(MethodResult::isTimeOnlyRegression)) {
            lines.add("A slower method is compared with the reference again in every run: to accept it, make the"
                    + " reference a version that has the change (-D" + PropertyNames.REFERENCE + "), or allow more"
                    + " (-D" + PropertyNames.TIME_TOLERANCE_PERCENT + ").");
        }
        boolean violations = !outcome.violations().isEmpty();
        boolean errors = !outcome.with(Verdict.ERROR).isEmpty();
        switch (failOn) {
            case EVERY_RESULT -> {
                if (violations && !errors) {
                    lines.add("To report violations without failing the build: -D" + PropertyNames.FAIL_ON_VIOLATION
                            + "=false");
                }
            }
            case ERRORS -> {
                if (violations) {
                    lines.add(errors ? "Violations do not fail the build (" + PropertyNames.FAIL_ON_VIOLATION
                            + " is false), but errors do." : "Not failing the build: " + PropertyNames.FAIL_ON_VIOLATION
                            + " is false.");
                }
            }
            case NOTHING -> lines.add("Not failing the build: " + PropertyNames.TEST_FAILURE_IGNORE + " is true.");
        }
        return lines;
    }

    /** Improved, new and stale methods, and a missing section for this Java: news, not failures. */
    private void baselineNews(CheckOutcome outcome, boolean ratchet) {
        BaselineUse baseline = outcome.baseline();
        if (baseline == null) {
            referenceNews(outcome);
            return;
        }
        if (!baseline.hasJava()) {
            console.warn(baselineName + " has no figures for Java " + baseline.java() + " (it has Java "
                    + String.join(", ", baseline.javaInFile()) + "), so every method is NEW and none can regress."
                    + " Record them with 'mvn allocbudget:baseline' on Java " + baseline.java() + ".");
        }
        List<MethodResult> improved = outcome.with(Status.IMPROVED);
        if (!improved.isEmpty()) {
            improved("Improved on the baseline:", improved);
            if (!ratchet) {
                console.info("To lock the gain in: mvn allocbudget:baseline (or -D" + PropertyNames.RATCHET
                        + "=true on the check), then commit " + baselineName + ".");
            }
        }
        List<MethodResult> added = outcome.with(Status.NEW);
        if (!added.isEmpty() && baseline.hasJava()) {
            console.info("Not in the baseline yet (NEW, passing): "
                    + String.join(", ", added.stream().map(r -> r.id().toString()).toList())
                    + ". To record them: mvn allocbudget:baseline");
        }
        if (!baseline.stale().isEmpty()) {
            console.warn("Baseline entries with no such method (Java " + baseline.java() + "): "
                    + String.join(", ", baseline.stale()) + ". 'mvn allocbudget:baseline' removes them.");
        }
    }

    /** Each improved method with what went away or shrank in its sites. */
    private void improved(String headline, List<MethodResult> improved) {
        console.info(headline);
        for (MethodResult r : improved) {
            console.info("  " + ResultText.withId(r));
            ConsoleText.siteChangeLines(r, ConsoleText.MAX_SITES_SHOWN).forEach(line -> console.info("    " + line));
        }
    }

    /** Compared with a reference instead: the methods that allocate less than it, and those it could not run. */
    private void referenceNews(CheckOutcome outcome) {
        List<MethodResult> improved = outcome.with(Status.IMPROVED);
        if (!improved.isEmpty()) {
            improved("Improved on the reference:", improved);
        }
        List<MethodResult> notCompared = outcome.with(Status.NEW).stream()
                .filter(r -> r.baseline().notCompared() != null).toList();
        if (!notCompared.isEmpty()) {
            console.info("Not compared with the reference (NEW, passing on their budgets):");
            notCompared.forEach(r -> console.info("  " + r.id() + ": "
                    + ProblemText.of(r.baseline().notCompared()).replace("\n", "\n    ")));
        }
    }

    private void ratchet(CheckOutcome outcome) throws GoalFailure {
        if (outcome.baseline() == null) {
            console.info("Ratchet: there is no baseline file " + baselineName
                    + " to tighten; record one with 'mvn allocbudget:baseline'.");
            return;
        }
        if (outcome.results().stream().anyMatch(r -> r.verdict() != Verdict.PASS)) {
            console.warn("Ratchet: the baseline was not changed, because not every method passed.");
            return;
        }
        try {
            List<BaselineChange> changes = BaselineUpdate.ratchet(outcome, baselineFile);
            if (changes.isEmpty()) {
                console.info("Ratchet: nothing improved; " + baselineName + " is unchanged.");
            } else {
                changes.forEach(change -> console.info("Ratchet: " + ConsoleText.baselineChange(change)));
                console.info("Ratchet: commit " + baselineName + " to keep the gain.");
            }
        } catch (AllocBudgetException | IOException e) {
            throw new GoalFailure(false, "allocbudget: the ratchet could not rewrite " + baselineFile + ": "
                    + e.getMessage(), e);
        }
    }
}
