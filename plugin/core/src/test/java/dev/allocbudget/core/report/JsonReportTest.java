package dev.allocbudget.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.core.io.JsonReader;
import dev.allocbudget.core.model.SampleOutcome;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class JsonReportTest {

    @Test
    void rendersEveryFieldSortedByIdWithNullsAndReasonsForUnknownsInAnyLocale() throws Exception {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY); // decimal comma must not leak into the report
        String json;
        try {
            json = JsonReport.render(SampleOutcome.outcome());
        } finally {
            Locale.setDefault(saved);
        }
        assertTrue(json.startsWith("""
                {
                  "formatVersion": 1,
                  "environment": {"javaVersion": "17.0.15", "javaVendor": "Debian", "vmName": "OpenJDK 64-Bit Server VM", "gc": "G1", "pluginVersion": "0.1.0-SNAPSHOT"},
                  "baseline": {"file": "src/test/allocbudget-baseline.json", "java": "17", "javaInFile": ["17", "21"], "staleEntries": ["dev.allocbudget.examples.OldRouterBudget#removedMethod"]},
                  "methods": [
                    {"id": "demo.ParamsBudget#bind", "bytesPerOp": 128, "callerBytesPerOp": 128, "otherThreadsBytesPerOp": 0, "amortized": true, "period": {"calls": 5000, "bytes": 640000}, "lingeringThreads": null, "callingThreads": [], "objectsPerOp": 5, "objectsCountedWith": "jvmti-agent", "budget": {"bytes": 64, "objects": 2, "java": null, "threads": 1}, "baseline": {"status": "SAME", "bytesPerOp": 128, "objectsPerOp": 5, "reason": null, "siteChanges": null}, "compileOrders": [{"order": "calleesFirst", "bytesPerOp": 128, "decided": true, "problem": null}], "jmh": null, "verdict": "FAIL", "reused": false, "measuredAgainBecause": null, "message": "demo.ParamsBudget#bind: bytes/op is 128, but budget is 64; objects/op is 5, but budget is 2 (a mean per call: 640,000 B every 5,000 calls)", "sitesPartial": false, "sitesOfOtherCalls": false, "sites": [
                      {"type": "java.util.HashMap$Node", "thread": "main", "objectsPerOp": 1, "bytesPerOp": 32, "frames": ["java.util.HashMap.newNode(HashMap.java:1901)", "demo.Params.bind(Params.java:12)"]},
                """), json);
        assertTrue(json.contains("""
                    {"id": "dev.allocbudget.examples.BrokenBudget$Inner#throwsOnCall", "bytesPerOp": null, "callerBytesPerOp": null, "otherThreadsBytesPerOp": null, "amortized": null, "period": null, "lingeringThreads": null, "callingThreads": [], "objectsPerOp": null, "objectsUnavailable": "the method was not measured", "budget": {"bytes": 0, "objects": null, "java": null, "threads": 1}, "baseline": null, "compileOrders": [], "jmh": null, "verdict": "ERROR", "reused": false, "measuredAgainBecause": null, "message": "dev.allocbudget.examples.BrokenBudget$Inner#throwsOnCall: the method threw java.lang.IllegalStateException: bad input <script>alert(\\"x & 'y'\\")</script>\\n\\tat dev.allocbudget.examples.BrokenBudget$Inner.throwsOnCall(BrokenBudget.java:31)\\n\\tat dev.allocbudget.runner.Harness.call(Harness.java:88)", "sitesPartial": false, "sitesOfOtherCalls": false, "sites": []},
                """), json);
        assertTrue(json.contains("""
                    {"id": "dev.allocbudget.examples.NaiveRouterBudget#dynamicRoute", "bytesPerOp": 520, "callerBytesPerOp": null, "otherThreadsBytesPerOp": null, "amortized": null, "period": null, "lingeringThreads": null, "callingThreads": [], "objectsPerOp": null, "objectsUnavailable": "not counted: the method has no objects budget and kept its budgets (-Dallocbudget.sites=true counts every method)", "budget": {"bytes": null, "objects": null, "java": null, "threads": 1}, "baseline": {"status": "IMPROVED", "bytesPerOp": 584, "objectsPerOp": null, "reason": "regex router, kept as the slow reference", "siteChanges": null}, "compileOrders": [{"order": "calleesFirst", "bytesPerOp": 520, "decided": true, "problem": null}], "jmh": null, "verdict": "PASS", "reused": false, "measuredAgainBecause": null, "message": "dev.allocbudget.examples.NaiveRouterBudget#dynamicRoute: bytes/op is 520, below baseline 584 (-64 B, -11%)", "sitesPartial": false, "sitesOfOtherCalls": false, "sites": []},
                """), json);
        assertTrue(json.contains("\"objectsPerOp\": null, \"objectsUnavailable\": \"no JVMTI agent for this platform,"
                + " and JFR counting is off\", \"budget\": {\"bytes\": 16, \"objects\": null, \"java\": null, \"threads\": 1}, \"baseline\":"
                + " {\"status\": \"NEW\""), json);
        // sorted by id, and the whole document reads back as JSON
        List<String> ids = JsonReader.parse(json, "report.json").get("methods").list().stream()
                .map(m -> m.get("id").asString()).toList();
        assertEquals(SampleOutcome.outcome().results().stream().map(r -> r.id().toString()).sorted().toList(), ids);
    }
}
