package dev.allocbudget.core.baseline;

import dev.allocbudget.runner.protocol.MethodId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.core.model.BaselineEntry;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineJmhTimeTest {

    @Test
    void aBaselineKeepsJmhTimeBesideTheAllocationFigures(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("b.json");
        Baseline b = Baseline.EMPTY.with("17", new Baseline.Section(null, new TreeMap<>(Map.of(MethodId.parse("a.B#c"),
                new BaselineEntry(16, 1.0, null, new BaselineEntry.Time(4.5, 0.25, "ns/op", "avgt")),
                MethodId.parse("a.B#d"), new BaselineEntry(0, null, null, new BaselineEntry.Time(1.5, Double.NaN, "ns/op", "avgt"))))));
        BaselineFile.write(file, b);
        assertTrue(java.nio.file.Files.readString(file).contains("\"a.B#c\": {\"bytesPerOp\": 16, \"objectsPerOp\": 1,"
                + " \"time\": {\"score\": 4.5, \"error\": 0.25, \"unit\": \"ns/op\", \"mode\": \"avgt\"}}"));
        Baseline read = BaselineFile.readIfPresent(file);
        assertEquals(b.section("17").methods().get(MethodId.parse("a.B#c")), read.section("17").methods().get(MethodId.parse("a.B#c")));
        assertTrue(Double.isNaN(read.section("17").methods().get(MethodId.parse("a.B#d")).time().error()));
    }
}
