package dev.allocbudget.runner;

import dev.allocbudget.runner.protocol.MethodId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.runner.protocol.Event;
import dev.allocbudget.runner.protocol.EventReader;
import dev.allocbudget.runner.protocol.EventWriter;
import dev.allocbudget.runner.shapes.Overloads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoveryTest {

    @Test
    void classNamesComeFromClassFilesSortedWithoutModuleAndPackageInfo(@TempDir Path dir) throws Exception {
        for (String f : List.of("b/B.class", "a/A.class", "a/A$Nested.class", "a/package-info.class",
                "module-info.class", "a/notes.txt", "META-INF/versions/11/a/A.class")) {
            Path p = dir.resolve(f);
            Files.createDirectories(p.getParent());
            Files.write(p, new byte[0]);
        }
        assertEquals(List.of("a.A", "a.A$Nested", "b.B"), Discovery.classNames(dir));
    }

    @Test
    void overloadsAreRejectedByNameAndBridgeMethodsAreNotListed(@TempDir Path dir) throws Exception {
        Path events = dir.resolve("events");
        Path testClasses = Path.of(Overloads.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (EventWriter writer = new EventWriter(events)) {
            new Discovery(writer).run(testClasses);
        }
        List<Event> found = EventReader.read(events).stream()
                .filter(e -> e instanceof Event.Method m && m.id().toString().startsWith(Overloads.class.getName()))
                .toList();
        String rename = "2 budget methods are named scale in " + Overloads.class.getName()
                + "; a method id must name one method, so rename the overloads";
        assertEquals(List.of(
                new Event.Method(MethodId.parse(Overloads.class.getName() + "#get"), 16, -1, -1.0, true, null, 1, null),
                new Event.Method(MethodId.parse(Overloads.class.getName() + "#scale"), 0, -1, -1.0, true, null, 1, rename),
                new Event.Method(MethodId.parse(Overloads.class.getName() + "#scale"), 0, -1, -1.0, true, null, 1, rename)), found);
    }

    @Test
    void gcNameIsTheCollectorsShortName() {
        // G1 unless the test JVM was given another collector; never its MXBeans' names ("G1 Young Generation")
        boolean other = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(a -> a.startsWith("-XX:+Use") && a.endsWith("GC"));
        String gc = Discovery.gcName();
        if (other) {
            assertTrue(List.of("Serial", "Parallel", "ZGC", "Shenandoah").contains(gc), gc);
        } else {
            assertEquals("G1", gc);
        }
    }
}
