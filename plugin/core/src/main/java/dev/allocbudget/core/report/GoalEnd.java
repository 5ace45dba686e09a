package dev.allocbudget.core.report;

import dev.allocbudget.core.AllocBudgetException;
import dev.allocbudget.core.BaselineComparison.Status;
import dev.allocbudget.core.BaselineUse;
import dev.allocbudget.core.CheckOutcome;
import dev.allocbudget.core.GoalFailure;
import dev.allocbudget.core.MethodResult;
import dev.allocbudget.core.PropertyNames;
import dev.allocbudget.core.Verdict;
import dev.allocbudget.core.baseline.BaselineFile;
import dev.allocbudget.core.baseline.BaselineUpdate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the goals do after a check has measured: print the failures with their sites and what to do about them, the
 * news about the baseline, and record or tighten the baseline; then fail the build, or not.
 */
public final class GoalEnd {
    private final Console console;
    private final Path reportFile;
    private final Path baselineFile;
    private final String baselineName;

    /** @param projectDir the module's directory, against which the baseline file is named */
    public GoalEnd(Console console, Path reportDir, Path projectDir, Path baselineFile) {
        this.console = console;
        this.reportFile = reportDir.resolve(JsonReport.FILE_NAME);
        this.baselineFile = baselineFile;
        this.baselineName = BaselineFile.displayName(projectDir, baselineFile);
    }

    /**
     * Goal {@code check}: baseline news, then the violations and errors; then, when every method passed and
     * {@code ratchet} is set, the baseline tightened.
     *
     * @param failOnViolation violations fail the build (errors always do)
     */
    public void check(CheckOutcome outcome, boolean failOnViolation, boolean ratchet) throws GoalFailure {
        baselineNews(outcome, ratchet);
        failures(outcome, failOnViolation, checkAdvice(outcome, failOnViolation));
        if (ratchet) {
            ratchet(outcome);
        }
    }

    /** Goal {@code baseline}: records the figures, unless a method could not be measured or broke its budget. */
    public void baseline(CheckOutcome outcome, boolean selectedOnly) throws GoalFailure {
        failures(outcome, true, List.of("Budgets are hard limits that a baseline cannot accept: fix the code or raise"
                + " the annotation's budget. " + baselineName + " was not changed."));
        try {
            List<String> changes = BaselineUpdate.record(outcome, baselineFile, selectedOnly);
            changes.forEach(line -> console.info("Baseline: " + line));
            console.info("Commit " + baselineName + "; where a figure changed, add a \"reason\" to its entry for the"
                    + " reviewers (rewriting keeps it).");
        } catch (AllocBudgetException | IOException e) {
            throw new GoalFailure(false, e.getMessage(), e);
        }
    }

    /**
     * Prints the violations with their messages and sites, then the errors, then the report's path and (after
     * violations) {@code advice}: as errors when the build fails, else as warnings. Then fails the build when a
     * method could not be measured, or when violations exist and {@code failBuild} is set.
     */
    private void failures(CheckOutcome outcome, boolean failBuild, List<String> advice) throws GoalFailure {
        List<MethodResult> failed = outcome.violations();
        List<MethodResult> errors = outcome.with(Verdict.ERROR);
        boolean failingBuild = !errors.isEmpty() || (failBuild && !failed.isEmpty());
        String headline = ConsoleText.violationsHeadline(outcome);
        List<String> lines = new ArrayList<>();
        if (!failed.isEmpty()) {
            lines.add(headline);
            for (MethodResult r : failed) {
                lines.add("  " + r.message());
                if (!r.isTimeOnlyRegression()) {
                    ConsoleText.siteLines(r, ConsoleText.MAX_SITES_SHOWN).forEach(line -> lines.add("    " + line));
                }
            }
        }
        if (!errors.isEmpty()) {
            lines.add(ConsoleText.errorsHeadline(outcome));
            errors.forEach(r -> lines.add("  " + r.message().replace("\n", "\n    ")));
        }
        if (lines.isEmpty()) {
            return;
        }
        lines.add("Report: " + reportFile);
        if (!failed.isEmpty()) {
            lines.addAll(advice);
        }
        for (String line : lines) {
            if (failingBuild) console.error(line);
            else console.warn(line);
        }
        String seeAbove = " (details above and in " + reportFile + ")";
        if (!errors.isEmpty()) {
            throw new GoalFailure(false, ConsoleText.errorsHeadline(outcome).replace(":", "") + seeAbove, null);
        }
        if (failingBuild) {
            throw new GoalFailure(true, headline.replace(":", "") + seeAbove, null);
        }
    }

    /** What to do about the violations: accept a regression, or relax the build. */
    private List<String> checkAdvice(CheckOutcome outcome, boolean failOnViolation) {
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
        if (failOnViolation) {
            lines.add("To report violations without failing the build: -D" + PropertyNames.FAIL_ON_VIOLATION
                    + "=false");
        } else {
            lines.add(outcome.with(Verdict.ERROR).isEmpty()
                    ? "Not failing the build: " + PropertyNames.FAIL_ON_VIOLATION + " is false."
                    : "Violations do not fail the build (" + PropertyNames.FAIL_ON_VIOLATION + " is false), but"
                            + " errors do.");
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
            console.info("Improved on the baseline:");
            improved.forEach(r -> console.info("  " + r.message()));
            if (!ratchet) {
                console.info("To lock the gain in: mvn allocbudget:baseline (or -D" + PropertyNames.RATCHET
                        + "=true on the check), then commit " + baselineName + ".");
            }
        }
        List<MethodResult> added = outcome.with(Status.NEW);
        if (!added.isEmpty() && baseline.hasJava()) {
            console.info("Not in the baseline yet (NEW, passing): "
                    + String.join(", ", added.stream().map(MethodResult::id).toList())
                    + ". To record them: mvn allocbudget:baseline");
        }
        if (!baseline.stale().isEmpty()) {
            console.warn("Baseline entries with no such method (Java " + baseline.java() + "): "
                    + String.join(", ", baseline.stale()) + ". 'mvn allocbudget:baseline' removes them.");
        }
    }

    /** Compared with a reference instead: the methods that allocate less than it, and those it could not run. */
    private void referenceNews(CheckOutcome outcome) {
        List<MethodResult> improved = outcome.with(Status.IMPROVED);
        if (!improved.isEmpty()) {
            console.info("Improved on the reference:");
            improved.forEach(r -> console.info("  " + r.message()));
        }
        List<MethodResult> notCompared = outcome.with(Status.NEW).stream()
                .filter(r -> r.baseline().notCompared() != null).toList();
        if (!notCompared.isEmpty()) {
            console.info("Not compared with the reference (NEW, passing on their budgets):");
            notCompared.forEach(r -> console.info("  " + r.id() + ": "
                    + r.baseline().notCompared().replace("\n", "\n    ")));
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
            List<String> changes = BaselineUpdate.ratchet(outcome, baselineFile);
            if (changes.isEmpty()) {
                console.info("Ratchet: nothing improved; " + baselineName + " is unchanged.");
            } else {
                changes.forEach(line -> console.info("Ratchet: " + line));
                console.info("Ratchet: commit " + baselineName + " to keep the gain.");
            }
        } catch (AllocBudgetException | IOException e) {
            throw new GoalFailure(false, "allocbudget: the ratchet could not rewrite " + baselineFile + ": "
                    + e.getMessage(), e);
        }
    }
}
