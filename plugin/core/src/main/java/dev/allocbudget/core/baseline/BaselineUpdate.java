package dev.allocbudget.core.baseline;

import dev.allocbudget.core.baseline.BaselineChange.Kind;
import dev.allocbudget.core.model.AllocBudgetException;
import dev.allocbudget.core.model.BaselineComparison;
import dev.allocbudget.core.model.AllocationSite;
import dev.allocbudget.core.model.BaselineEntry;
import dev.allocbudget.core.model.ObjectCount;
import dev.allocbudget.core.model.CheckOutcome;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.Verdict;
import dev.allocbudget.runner.protocol.MethodId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Rewrites the baseline file from a check's results: {@link #record} (goal {@code baseline}) takes every figure as
 * it is now; {@link #ratchet} takes only confirmed improvements, so it can tighten the baseline but never loosen it.
 * Either keeps the other Java versions' sections and every entry's reason, and writes nothing after a failed run.
 */
public final class BaselineUpdate {
    private BaselineUpdate() {}

    /**
     * Records this run's figures as the baseline for its Java feature version and returns the entries it changed
     * (an entry whose figures stayed the same is not a change).
     *
     * @param selectedOnly the run measured only some methods ({@code includes}): keep the others' entries rather
     *                     than dropping them as stale
     * @throws AllocBudgetException when a method could not be measured or is over its annotation budget: the file
     *                              is left as it was
     */
    public static List<BaselineChange> record(CheckOutcome outcome, Path file, boolean selectedOnly)
            throws AllocBudgetException, IOException {
        List<MethodResult> unfit = outcome.results().stream()
                .filter(r -> r.verdict() == Verdict.ERROR || r.verdict() == Verdict.FAIL).toList();
        if (!unfit.isEmpty()) {
            throw new AllocBudgetException("allocbudget: the baseline was not written (" + file + " is unchanged): "
                    + unfit.size() + " of " + outcome.results().size() + " methods could not be measured or are"
                    + " over their @AllocationBudget, which a baseline cannot accept. Fix them (or raise the"
                    + " annotation's budget), then run 'mvn allocbudget:baseline' again.");
        }
        Baseline old = readOrEmpty(file);
        String java = outcome.environment().javaFeature();
        Baseline.Section section = old.section(java);
        SortedMap<MethodId, BaselineEntry> before = section == null ? new TreeMap<>() : section.methods();
        SortedMap<MethodId, BaselineEntry> after = new TreeMap<>(selectedOnly ? before : new TreeMap<>());
        List<BaselineChange> changes = new ArrayList<>();
        for (MethodResult r : outcome.results()) {
            BaselineEntry was = before.get(r.id());
            // JMH's time when this run measured it; else the time recorded before, which nothing re-measured
            BaselineEntry.Time time = r.jmh() != null ? BaselineEntry.Time.of(r.jmh()) : was == null ? null : was.time();
            BaselineEntry now = new BaselineEntry(r.bytesPerOp(), r.objectsPerOp(), was == null ? null : was.reason(),
                    time, exactSites(r));
            after.put(r.id(), now);
            if (was == null) {
                changes.add(new BaselineChange(Kind.ADDED, r.id(), null, now));
            } else if (!sameFigures(was, now)) {
                changes.add(new BaselineChange(Kind.CHANGED, r.id(), was, now));
            }
        }
        before.forEach((id, was) -> {
            if (!after.containsKey(id)) {
                changes.add(new BaselineChange(Kind.REMOVED, id, was, null));
            }
        });
        BaselineFile.write(file, old.with(java, new Baseline.Section(outcome.environment(), after)));
        return changes;
    }

    /**
     * Tightens the entries of methods whose figures improved (confirmed in two forks), and only those; returns the
     * tightened entries, or an empty list when nothing improved (the file is then not touched).
     */
    public static List<BaselineChange> ratchet(CheckOutcome outcome, Path file)
            throws AllocBudgetException, IOException {
        if (outcome.results().stream().anyMatch(r -> r.verdict() != Verdict.PASS)) {
            return List.of(); // only a passing check may ratchet; the caller says so
        }
        Baseline old = readOrEmpty(file);
        String java = outcome.environment().javaFeature();
        Baseline.Section section = old.section(java);
        if (section == null) {
            return List.of();
        }
        SortedMap<MethodId, BaselineEntry> entries = new TreeMap<>(section.methods());
        List<BaselineChange> changes = new ArrayList<>();
        for (MethodResult r : outcome.with(BaselineComparison.Status.IMPROVED)) {
            BaselineEntry was = entries.get(r.id());
            // the sites go with the bytes they add up to: this run's when its bytes are taken, not known when it
            // counted none
            List<AllocationSite> sites = r.bytesPerOp() < was.bytesPerOp() ? exactSites(r) : was.sites();
            BaselineEntry now = new BaselineEntry(Math.min(was.bytesPerOp(), r.bytesPerOp()),
                    was.objectsPerOp() == null || r.objectsPerOp() == null ? was.objectsPerOp()
                            : Math.min(was.objectsPerOp(), r.objectsPerOp()),
                    was.reason(), was.time(), sites);
            if (!sameFigures(now, was)) {
                entries.put(r.id(), now);
                changes.add(new BaselineChange(Kind.TIGHTENED, r.id(), was, now));
            }
        }
        if (!changes.isEmpty()) {
            BaselineFile.write(file, old.with(java, new Baseline.Section(section.environment(), entries)));
        }
        return changes;
    }

    /**
     * The sites to keep with a method's figures: counted exactly (every allocation), never a sample, which would
     * show as changes from one run to the next. {@code null} when there are none.
     */
    private static List<AllocationSite> exactSites(MethodResult r) {
        ObjectCount objects = r.objects();
        return objects != null && objects.perOp() != null
                && objects.stackCoverage() == ObjectCount.StackCoverage.EXACT ? objects.sites() : null;
    }

    private static Baseline readOrEmpty(Path file) throws AllocBudgetException {
        Baseline old = BaselineFile.readIfPresent(file);
        return old == null ? Baseline.EMPTY : old;
    }

    /** The same figures as the file writes them (three decimals), the reason aside. */
    private static boolean sameFigures(BaselineEntry a, BaselineEntry b) {
        return BaselineFile.figures(a).equals(BaselineFile.figures(b));
    }
}
