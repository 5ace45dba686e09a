package dev.allocbudget.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.allocbudget.core.AllocationSite;
import dev.allocbudget.core.BaselineComparison;
import dev.allocbudget.core.BaselineEntry;
import dev.allocbudget.core.BaselineUse;
import dev.allocbudget.core.Budget;
import dev.allocbudget.core.CheckOutcome;
import dev.allocbudget.core.Environment;
import dev.allocbudget.core.FigureDetail;
import dev.allocbudget.core.MethodResult;
import dev.allocbudget.core.ObjectCount;
import dev.allocbudget.core.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class JsonReportTest {

    @Test
    void rendersEveryFieldSortedByIdWithNullsAndReasonsForUnknownsInAnyLocale() {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY); // decimal comma must not leak into the report
        try {
            ObjectCount counted = new ObjectCount(1.5, null, List.of(
                    new AllocationSite("java.lang.Integer", 1, 16, List.of("java.lang.Integer.valueOf(Integer.java:1081)", "a.B.fails(B.java:7)")),
                    new AllocationSite("byte[]", 0.5, 12, List.of("a.B.fails(B.java:9)"))), "jvmti-agent");
            CheckOutcome outcome = new CheckOutcome(
                    new Environment("17.0.15", "Debian", "OpenJDK 64-Bit Server VM", "G1", "0.1.0"),
                    List.of(
                            new MethodResult("a.B#fails", 28.0, counted, new Budget(8L, 1L), new BaselineComparison(BaselineComparison.Status.REGRESSED,
                                    new BaselineEntry(24, 1.0, "a \"reason\"")), Verdict.FAIL,
                                    "a.B#fails: bytes/op is 28, but budget is 8; objects/op is 1.5, but budget is 1", Duration.ZERO,
                                    null, new FigureDetail(4, true, 5000, 140_000, null)),
                            new MethodResult("a.B$C#broken", null, null, Budget.NONE, null, Verdict.ERROR,
                                    "a.B$C#broken: the method threw x \"y\"\n\tat z", Duration.ZERO),
                            new MethodResult("a.B#ok", 0.0, null, Budget.NONE, BaselineComparison.NEW, Verdict.PASS, null, Duration.ZERO),
                            new MethodResult("a.B#uncounted", 16.0, ObjectCount.unavailable("no agent"), new Budget(16L, null), null,
                                    Verdict.PASS, null, Duration.ZERO)),
                    new BaselineUse(java.nio.file.Path.of("allocbudget-baseline.json"), "17", List.of("17", "25"),
                            List.of("a.B#gone")),
                    Duration.ZERO);
            assertEquals("""
                    {
                      "formatVersion": 1,
                      "environment": {"javaVersion": "17.0.15", "javaVendor": "Debian", "vmName": "OpenJDK 64-Bit Server VM", "gc": "G1", "pluginVersion": "0.1.0"},
                      "baseline": {"file": "allocbudget-baseline.json", "java": "17", "javaInFile": ["17", "25"], "staleEntries": ["a.B#gone"]},
                      "methods": [
                        {"id": "a.B#fails", "bytesPerOp": 28, "callerBytesPerOp": 4, "otherThreadsBytesPerOp": 24, "amortized": true, "period": {"calls": 5000, "bytes": 140000}, "lingeringThreads": null, "objectsPerOp": 1.5, "objectsCountedWith": "jvmti-agent", "budget": {"bytes": 8, "objects": 1}, "baseline": {"status": "REGRESSED", "bytesPerOp": 24, "objectsPerOp": 1, "reason": "a \\"reason\\""}, "jmh": null, "verdict": "FAIL", "message": "a.B#fails: bytes/op is 28, but budget is 8; objects/op is 1.5, but budget is 1", "sites": [
                          {"type": "java.lang.Integer", "thread": "main", "objectsPerOp": 1, "bytesPerOp": 16, "frames": ["java.lang.Integer.valueOf(Integer.java:1081)", "a.B.fails(B.java:7)"]},
                          {"type": "byte[]", "thread": "main", "objectsPerOp": 0.5, "bytesPerOp": 12, "frames": ["a.B.fails(B.java:9)"]}
                        ]},
                        {"id": "a.B#ok", "bytesPerOp": 0, "callerBytesPerOp": null, "otherThreadsBytesPerOp": null, "amortized": null, "period": null, "lingeringThreads": null, "objectsPerOp": null, "objectsUnavailable": "not counted: the method has no objects budget and kept its budgets (-Dallocbudget.sites=true counts every method)", "budget": {"bytes": null, "objects": null}, "baseline": {"status": "NEW", "bytesPerOp": null, "objectsPerOp": null, "reason": null}, "jmh": null, "verdict": "PASS", "message": null, "sites": []},
                        {"id": "a.B#uncounted", "bytesPerOp": 16, "callerBytesPerOp": null, "otherThreadsBytesPerOp": null, "amortized": null, "period": null, "lingeringThreads": null, "objectsPerOp": null, "objectsUnavailable": "no agent", "budget": {"bytes": 16, "objects": null}, "baseline": null, "jmh": null, "verdict": "PASS", "message": null, "sites": []},
                        {"id": "a.B$C#broken", "bytesPerOp": null, "callerBytesPerOp": null, "otherThreadsBytesPerOp": null, "amortized": null, "period": null, "lingeringThreads": null, "objectsPerOp": null, "objectsUnavailable": "the method was not measured", "budget": {"bytes": null, "objects": null}, "baseline": null, "jmh": null, "verdict": "ERROR", "message": "a.B$C#broken: the method threw x \\"y\\"\\n\\tat z", "sites": []}
                      ]
                    }
                    """, JsonReport.render(outcome));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
