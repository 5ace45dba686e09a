package dev.allocbudget.core.baseline;

import dev.allocbudget.runner.protocol.MethodId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.core.model.AllocBudgetException;
import dev.allocbudget.core.model.AllocationSite;
import dev.allocbudget.core.model.BaselineEntry;
import dev.allocbudget.core.model.Environment;
import dev.allocbudget.core.model.SiteChange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineFileTest {
    private static final Environment JDK17 = new Environment("17.0.15", "Debian", "OpenJDK 64-Bit Server VM", "G1", "0.1.0");
    private static final Environment JDK25 = new Environment("25.0.1", "Eclipse Adoptium", "OpenJDK 64-Bit Server VM", "G1", "0.1.0");

    @TempDir
    Path dir;

    static Baseline sample() {
        return Baseline.EMPTY
                .with("25", new Baseline.Section(JDK25, new TreeMap<>(Map.of(
                        MethodId.parse("com.acme.Codec#encode"), new BaselineEntry(16, 1.0, null)))))
                .with("17", new Baseline.Section(JDK17, new TreeMap<>(Map.of(
                        MethodId.parse("com.acme.Codec#encode"), new BaselineEntry(32, 1.0, "one pooled \"buffer\""),
                        MethodId.parse("com.acme.Codec#decode"), new BaselineEntry(0, 0.0, null),
                        MethodId.parse("com.acme.Codec#amortized"), new BaselineEntry(12.375, null, null)))));
    }

    @Test
    void writesSortedOneMethodPerLineAndReadsBackTheSame() throws Exception {
        Path file = dir.resolve("allocbudget-baseline.json");
        BaselineFile.write(file, sample());
        String text = Files.readString(file);
        assertEquals("""
                {
                  "formatVersion": 2,
                  "about": "Bytes and objects per call of each @AllocationBudget method, per Java feature version; allocbudget:check fails when a method allocates more. Rewrite with 'mvn allocbudget:baseline'; the reason you add to an entry is kept.",
                  "java": {
                    "17": {
                      "environment": {"javaVersion": "17.0.15", "javaVendor": "Debian", "vmName": "OpenJDK 64-Bit Server VM", "gc": "G1", "pluginVersion": "0.1.0"},
                      "methods": {
                        "com.acme.Codec#amortized": {"bytesPerOp": 12.375},
                        "com.acme.Codec#decode": {"bytesPerOp": 0, "objectsPerOp": 0},
                        "com.acme.Codec#encode": {"bytesPerOp": 32, "objectsPerOp": 1, "reason": "one pooled \\"buffer\\""}
                      }
                    },
                    "25": {
                      "environment": {"javaVersion": "25.0.1", "javaVendor": "Eclipse Adoptium", "vmName": "OpenJDK 64-Bit Server VM", "gc": "G1", "pluginVersion": "0.1.0"},
                      "methods": {
                        "com.acme.Codec#encode": {"bytesPerOp": 16, "objectsPerOp": 1}
                      }
                    }
                  }
                }
                """, text);
        assertEquals(sample(), BaselineFile.readIfPresent(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void aMissingFileIsNoBaseline() throws Exception {
        assertNull(BaselineFile.readIfPresent(dir.resolve("none.json")));
    }

    @Test
    void javaSectionsSortNumerically() {
        Baseline b = Baseline.EMPTY.with("100", sample().section("17")).with("9", sample().section("17"))
                .with("17", sample().section("17"));
        assertEquals(List.of("9", "17", "100"), List.copyOf(b.sections().keySet()));
    }

    private String errorFor(String content) throws Exception {
        Path file = dir.resolve("allocbudget-baseline.json");
        Files.writeString(file, content);
        AllocBudgetException e = assertThrows(AllocBudgetException.class, () -> BaselineFile.readIfPresent(file));
        assertEquals(content, Files.readString(file), "a broken file is never changed");
        return e.getMessage().replace(file.toString(), "FILE");
    }

    private static String valid(String methods) {
        return "{\n  \"formatVersion\": 1,\n  \"java\": {\n    \"17\": {\n      \"methods\": {\n" + methods
                + "\n      }\n    }\n  }\n}\n";
    }

    private static void assertContains(String text, String part) {
        assertTrue(text.contains(part), text);
    }

    @Test
    void aDuplicateEntryNamesBothLines() throws Exception {
        assertEquals("allocbudget: the baseline file FILE is broken at line 7: duplicate key \"a.B#c\" (first at line 6)."
                + " Fix that line (or take the file from version control), or delete the file and record a new baseline"
                + " with 'mvn allocbudget:baseline'. The file was not changed.",
                errorFor(valid("        \"a.B#c\": {\"bytesPerOp\": 1},\n        \"a.B#c\": {\"bytesPerOp\": 2}")));
    }

    @Test
    void brokenSyntaxNamesTheLine() throws Exception {
        assertContains(errorFor(valid("        \"a.B#c\": {\"bytesPerOp\": 1}\n        \"a.B#d\": {\"bytesPerOp\": 2}")),
                "allocbudget: the baseline file FILE is broken at line 6: expected ',' or '}' after the value on this line"
                        + " (a missing comma?)");
        assertContains(errorFor(valid("<<<<<<< HEAD\n        \"a.B#c\": {\"bytesPerOp\": 1}\n=======\n"
                        + "        \"a.B#c\": {\"bytesPerOp\": 2}\n>>>>>>> branch")),
                "broken at line 6: an unresolved merge conflict (a line starting with <<<<<<<, ======= or >>>>>>>)");
        assertContains(errorFor(valid("        \"a.B#c\": {\"bytesPerOp\": 1}\n=======\n")),
                "broken at line 7: an unresolved merge conflict");
        assertContains(errorFor("{\"formatVersion\": 1, \"java\": {"), "broken at line 1: unexpected end of the file");
        assertContains(errorFor(""), "broken at line 1: unexpected end of the file");
    }

    @Test
    void badFieldsNameTheLineAndTheRule() throws Exception {
        assertContains(errorFor(valid("        \"a.B#c\": {\"bytesPerOp\": -1}")), "broken at line 6: \"bytesPerOp\" of a.B#c must be a number, 0 or more");
        assertContains(errorFor(valid("        \"a.B#c\": {\"bytesPerOp\": \"32\"}")), "broken at line 6: \"bytesPerOp\" of a.B#c must be a number, 0 or more");
        assertContains(errorFor(valid("        \"a.B#c\": {\"objectsPerOp\": 1}")), "broken at line 6: the entry of a.B#c has no \"bytesPerOp\"");
        assertContains(errorFor(valid("        \"a.B#c\": {\"bytesPerOp\": 1, \"reson\": \"x\"}")), "broken at line 6: unknown field \"reson\" in the entry of a.B#c");
        assertContains(errorFor(valid("        \"nohash\": {\"bytesPerOp\": 1}")), "broken at line 6: \"nohash\" is not a method id");
        assertContains(errorFor("{\"formatVersion\": 1, \"java\": {\"17.0.1\": {\"methods\": {}}}}"), "\"17.0.1\" is not a Java feature version");
        assertContains(errorFor("[1, 2]"), "broken at line 1: the file must hold one JSON object");
        assertContains(errorFor("{\"java\": {}}"), "\"formatVersion\" is missing");
    }

    @Test
    void aNewerFormatSaysToUpgrade() throws Exception {
        assertEquals("allocbudget: the baseline file FILE is in format 3 (line 1), written by a newer allocbudget; this"
                + " plugin reads format 2. Use the newer plugin version, or delete the file and record it again with"
                + " 'mvn allocbudget:baseline'. The file was not changed.",
                errorFor("{\"formatVersion\": 3, \"java\": {\"17\": {\"methods\": {}, \"new\": true}}}"));
        assertContains(errorFor("{\"formatVersion\": 1.5, \"java\": {}}"), "\"formatVersion\" is 1.5; the formats are 1 to 2");
    }

    /** Format 1 (before sites) still reads: its entries have no sites, which the next recording adds. */
    @Test
    void aFileOfFormatOneReadsWithoutSites() throws Exception {
        Path file = dir.resolve("allocbudget-baseline.json");
        Files.writeString(file, valid("        \"a.B#c\": {\"bytesPerOp\": 32, \"objectsPerOp\": 1}"));
        BaselineEntry entry = BaselineFile.readIfPresent(file).section("17").methods().get(MethodId.parse("a.B#c"));
        assertEquals(new BaselineEntry(32, 1.0, null), entry);
        assertNull(entry.sites());
    }

    /**
     * Sites are written one per line below their entry, biggest first, with only the frames a reader sees (the user's line, the
     * allocating frame when it is another, the thread when it is not the measuring one), and read back as the same.
     */
    @Test
    void sitesAreWrittenOnePerLineAndReadBack() throws Exception {
        AllocationSite boxed = new AllocationSite("java.lang.Integer", 1, 16, List.of(
                "java.lang.Integer.valueOf(Integer.java:1081)", "com.acme.Codec.encode(Codec.java:42)",
                "com.acme.CodecBudget.encode(CodecBudget.java:12)"));
        AllocationSite own = new AllocationSite("byte[]", 0.5, 24, List.of("com.acme.Codec.grow(Codec.java:77)"),
                "pool-1-thread-1");
        AllocationSite nowhere = new AllocationSite("java.lang.Object", 0.25, 4, List.of()); // its frames were harness
        Baseline baseline = Baseline.EMPTY.with("17", new Baseline.Section(JDK17, new TreeMap<>(Map.of(
                MethodId.parse("com.acme.Codec#encode"), new BaselineEntry(44, 1.75, "why", null, List.of(boxed, own, nowhere)),
                MethodId.parse("com.acme.Codec#decode"), new BaselineEntry(0, 0.0, null, null, List.of())))));
        Path file = dir.resolve("allocbudget-baseline.json");
        BaselineFile.write(file, baseline);
        String text = Files.readString(file);
        assertContains(text, """
                        "com.acme.Codec#decode": {"bytesPerOp": 0, "objectsPerOp": 0, "sites": []},
                        "com.acme.Codec#encode": {"bytesPerOp": 44, "objectsPerOp": 1.75, "reason": "why", "sites": [
                          {"bytesPerOp": 24, "objectsPerOp": 0.5, "type": "byte[]", "at": "com.acme.Codec.grow(Codec.java:77)", "thread": "pool-1-thread-1"},
                          {"bytesPerOp": 16, "objectsPerOp": 1, "type": "java.lang.Integer", "at": "com.acme.Codec.encode(Codec.java:42)", "in": "java.lang.Integer.valueOf(Integer.java:1081)"},
                          {"bytesPerOp": 4, "objectsPerOp": 0.25, "type": "java.lang.Object"}
                        ]}
                """);
        BaselineEntry read = BaselineFile.readIfPresent(file).section("17").methods()
                .get(MethodId.parse("com.acme.Codec#encode"));
        assertEquals(List.of(own.asSeen(), boxed.asSeen(), nowhere), read.sites(), "biggest first, as reports list them");
        assertEquals(List.of(), SiteChange.between(List.of(own, boxed, nowhere), read.sites()),
                "read back, every site is the same site, the one without frames too");
        assertEquals(List.of("com.acme.Codec.encode(Codec.java:42)", "java.lang.Integer.valueOf(Integer.java:1081)"),
                List.of(read.sites().get(1).userLine(), read.sites().get(1).allocatingFrame()),
                "read back, a site shows the same line as before");
    }

    @Test
    void badSitesNameTheLine() throws Exception {
        assertContains(errorFor(valid("        \"a.B#c\": {\"bytesPerOp\": 1, \"sites\": {}}")),
                "broken at line 6: the \"sites\" of a.B#c must be a list of sites");
        assertContains(errorFor(valid("        \"a.B#c\": {\"bytesPerOp\": 1, \"sites\": [{\"bytesPerOp\": 1}]}")),
                "broken at line 6: a site of a.B#c needs bytesPerOp, objectsPerOp and type");
        assertContains(errorFor(valid("        \"a.B#c\": {\"bytesPerOp\": 1, \"sites\": [{\"bytesPerOp\": 1,"
                + " \"objectsPerOp\": 1, \"type\": \"X\", \"at\": \"a.B.c(B.java:1)\", \"line\": 3}]}")),
                "unknown field \"line\" in a site of a.B#c");
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() throws Exception {
        Path file = dir.resolve("allocbudget-baseline.json");
        Files.write(file, new byte[] {'{', (byte) 0xC3, '}'});
        AllocBudgetException e = assertThrows(AllocBudgetException.class, () -> BaselineFile.readIfPresent(file));
        assertTrue(e.getMessage().contains("is broken at line 1: it is not UTF-8 text"), e.getMessage());
    }
}
