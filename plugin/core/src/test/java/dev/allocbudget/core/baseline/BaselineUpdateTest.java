package dev.allocbudget.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.core.model.AllocBudgetException;
import dev.allocbudget.core.model.BaselineComparison.Status;
import dev.allocbudget.core.model.BaselineComparison;
import dev.allocbudget.core.model.BaselineEntry;
import dev.allocbudget.core.model.Budget;
import dev.allocbudget.core.model.CheckOutcome;
import dev.allocbudget.core.model.Environment;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.baseline.BaselineChange.Kind;
import dev.allocbudget.core.model.Breach;
import dev.allocbudget.core.model.Figure;
import dev.allocbudget.core.model.LimitKind;
import dev.allocbudget.core.model.ObjectCount;
import dev.allocbudget.core.model.Quantity;
import dev.allocbudget.core.model.Results;
import dev.allocbudget.core.report.ConsoleText;
import dev.allocbudget.runner.protocol.MethodId;
import dev.allocbudget.core.model.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineUpdateTest {
    private static final Environment JDK17 = new Environment("17.0.16", "Debian", "OpenJDK 64-Bit Server VM", "G1", "0.2.0");

    @TempDir
    Path dir;

    private Path file() throws Exception {
        Path file = dir.resolve("allocbudget-baseline.json");
        BaselineFile.write(file, BaselineFileTest.sample());
        return file;
    }

    /** A result of that verdict, its breaches made up to give it (the update reads figures, status and verdict). */
    private static MethodResult result(String id, double bytes, Double objects, Status status, Verdict verdict) {
        ObjectCount count = objects == null ? null : new ObjectCount(objects, null, List.of(), "jvmti-agent");
        if (verdict == Verdict.ERROR) {
            return Results.failed(id, Budget.NONE, "boom", Duration.ZERO);
        }
        List<Breach> breaches = verdict == Verdict.PASS ? List.of() : List.of(new Breach(Quantity.BYTES, bytes, 0, 0,
                verdict == Verdict.FAIL ? LimitKind.BUDGET : LimitKind.BASELINE));
        return Results.measured(id, new Figure(bytes, count, null), Budget.NONE, status == null ? null
                : new BaselineComparison(status, null), breaches, Duration.ZERO);
    }

    private static CheckOutcome outcome(MethodResult... results) {
        return new CheckOutcome(JDK17, List.of(results), null, Duration.ZERO);
    }

    @Test
    void recordTakesEveryFigureKeepsReasonsAndOtherJavasAndDropsStaleEntries() throws Exception {
        Path file = file();
        List<BaselineChange> changes = BaselineUpdate.record(outcome(
                result("com.acme.Codec#encode", 48, 2.0, Status.REGRESSED, Verdict.REGRESSED),
                result("com.acme.Codec#decode", 0, 0.0, Status.SAME, Verdict.PASS),
                result("com.acme.Codec#fresh", 24, 1.0, Status.NEW, Verdict.PASS)), file, false);
        Baseline after = BaselineFile.readIfPresent(file);
        // objects counted by the agent: the sites are kept too (none here)
        assertEquals(new BaselineEntry(48, 2.0, "one pooled \"buffer\"", null, List.of()),
                after.section("17").methods().get(MethodId.parse("com.acme.Codec#encode")), "the reason survives the rewrite");
        assertEquals(new BaselineEntry(24, 1.0, null, null, List.of()), after.section("17").methods().get(MethodId.parse("com.acme.Codec#fresh")));
        assertFalse(after.section("17").methods().containsKey(MethodId.parse("com.acme.Codec#amortized")), "stale entry dropped");
        assertEquals(JDK17, after.section("17").environment());
        assertEquals(BaselineFileTest.sample().section("25"), after.section("25"), "Java 25 untouched");
        assertEquals(List.of(
                new BaselineChange(Kind.CHANGED, MethodId.parse("com.acme.Codec#encode"),
                        new BaselineEntry(32, 1.0, "one pooled \"buffer\""),
                        new BaselineEntry(48, 2.0, "one pooled \"buffer\"", null, List.of())),
                new BaselineChange(Kind.ADDED, MethodId.parse("com.acme.Codec#fresh"), null,
                        new BaselineEntry(24, 1.0, null, null, List.of())),
                new BaselineChange(Kind.REMOVED, MethodId.parse("com.acme.Codec#amortized"),
                        BaselineFileTest.sample().section("17").methods().get(MethodId.parse("com.acme.Codec#amortized")),
                        null)), changes);
        assertEquals(List.of("changed  com.acme.Codec#encode: 48 B/op, 2 obj/op (was 32 B/op, 1 obj/op)",
                "added    com.acme.Codec#fresh: 24 B/op, 1 obj/op",
                "removed  com.acme.Codec#amortized (no such method)"),
                changes.stream().map(ConsoleText::baselineChange).toList());
    }

    @Test
    void recordOfSelectedMethodsKeepsTheOthers() throws Exception {
        Path file = file();
        BaselineUpdate.record(outcome(result("com.acme.Codec#encode", 40, 1.0, Status.REGRESSED, Verdict.REGRESSED)),
                file, true);
        Baseline after = BaselineFile.readIfPresent(file);
        assertEquals(3, after.section("17").methods().size());
        assertEquals(40, after.section("17").methods().get(MethodId.parse("com.acme.Codec#encode")).bytesPerOp());
    }

    @Test
    void recordRefusesErrorsAndBudgetViolationsAndLeavesTheFileAlone() throws Exception {
        Path file = file();
        String before = Files.readString(file);
        for (Verdict verdict : List.of(Verdict.ERROR, Verdict.FAIL)) {
            AllocBudgetException e = assertThrows(AllocBudgetException.class, () -> BaselineUpdate.record(
                    outcome(result("com.acme.Codec#encode", 48, null, null, verdict)), file, false));
            assertTrue(e.getMessage().startsWith("allocbudget: the baseline was not written (" + file
                    + " is unchanged): 1 of 1 methods could not be measured or are over their @AllocationBudget"),
                    e.getMessage());
            assertEquals(before, Files.readString(file));
        }
    }

    @Test
    void recordCreatesTheFileWhenThereIsNone() throws Exception {
        Path file = dir.resolve("sub/allocbudget-baseline.json");
        BaselineUpdate.record(outcome(result("a.B#c", 8, null, null, Verdict.PASS)), file, false);
        assertEquals(new BaselineEntry(8, null, null), BaselineFile.readIfPresent(file).section("17").methods().get(MethodId.parse("a.B#c")));
    }

    @Test
    void ratchetTightensImprovedEntriesOnlyAndNeverLoosens() throws Exception {
        Path file = file();
        List<BaselineChange> changes = BaselineUpdate.ratchet(outcome(
                result("com.acme.Codec#encode", 24, 1.0, Status.IMPROVED, Verdict.PASS),
                result("com.acme.Codec#decode", 0, 0.0, Status.SAME, Verdict.PASS),
                result("com.acme.Codec#fresh", 99, 9.0, Status.NEW, Verdict.PASS)), file);
        assertEquals(List.of("tightened com.acme.Codec#encode: 24 B/op, 1 obj/op (was 32 B/op, 1 obj/op)"),
                changes.stream().map(ConsoleText::baselineChange).toList());
        Baseline after = BaselineFile.readIfPresent(file);
        assertEquals(new BaselineEntry(24, 1.0, "one pooled \"buffer\"", null, List.of()), after.section("17").methods().get(MethodId.parse("com.acme.Codec#encode")));
        assertFalse(after.section("17").methods().containsKey(MethodId.parse("com.acme.Codec#fresh")), "a ratchet adds nothing");
        assertEquals(BaselineFileTest.sample().section("17").environment(), after.section("17").environment());
    }

    @Test
    void ratchetLeavesTheFileUntouchedWhenNothingImprovedOrSomethingFailed() throws Exception {
        Path file = file();
        String before = Files.readString(file);
        assertEquals(List.of(), BaselineUpdate.ratchet(outcome(
                result("com.acme.Codec#encode", 32, 1.0, Status.SAME, Verdict.PASS)), file));
        assertEquals(List.of(), BaselineUpdate.ratchet(outcome(
                result("com.acme.Codec#encode", 24, 1.0, Status.IMPROVED, Verdict.PASS),
                result("com.acme.Codec#decode", 8, 1.0, Status.REGRESSED, Verdict.REGRESSED)), file));
        assertEquals(before, Files.readString(file));
    }
}
