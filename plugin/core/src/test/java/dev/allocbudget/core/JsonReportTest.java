package dev.allocbudget.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class JsonReportTest {

    @Test
    void rendersEveryFieldWithNullsForUnknownsInAnyLocale() {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY); // decimal comma must not leak into the report
        try {
            CheckOutcome outcome = new CheckOutcome(
                    new Environment("17.0.15", "Debian", "OpenJDK 64-Bit Server VM", "G1", "0.1.0"),
                    List.of(
                            new MethodResult("a.B#fails", 12.5, 8L, Verdict.FAIL, "a.B#fails: bytes/op is 12.5, but budget is 8", Duration.ZERO),
                            new MethodResult("a.B$C#broken", null, null, Verdict.ERROR, "a.B$C#broken: the method threw x \"y\"\n\tat z", Duration.ZERO),
                            new MethodResult("a.B#ok", 0.0, null, Verdict.PASS, null, Duration.ZERO)),
                    Duration.ZERO);
            assertEquals("""
                    {
                      "formatVersion": 1,
                      "environment": {"javaVersion": "17.0.15", "javaVendor": "Debian", "vmName": "OpenJDK 64-Bit Server VM", "gc": "G1", "pluginVersion": "0.1.0"},
                      "methods": [
                        {"id": "a.B#fails", "bytesPerOp": 12.5, "budget": {"bytes": 8}, "verdict": "FAIL", "message": "a.B#fails: bytes/op is 12.5, but budget is 8"},
                        {"id": "a.B$C#broken", "bytesPerOp": null, "budget": {"bytes": null}, "verdict": "ERROR", "message": "a.B$C#broken: the method threw x \\"y\\"\\n\\tat z"},
                        {"id": "a.B#ok", "bytesPerOp": 0, "budget": {"bytes": null}, "verdict": "PASS", "message": null}
                      ]
                    }
                    """, JsonReport.render(outcome));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void controlCharactersAreEscaped() {
        assertEquals("\"a\\u0001b\"", JsonReport.string("a\u0001b"));
    }
}
