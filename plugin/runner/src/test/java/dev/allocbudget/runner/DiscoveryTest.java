package dev.allocbudget.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoveryTest {

    @Test
    void classNamesComeFromClassFilesSortedWithoutModuleAndPackageInfo(@TempDir Path dir) throws Exception {
        for (String f : List.of("b/B.class", "a/A.class", "a/A$Nested.class", "a/package-info.class",
                "module-info.class", "a/notes.txt")) {
            Path p = dir.resolve(f);
            Files.createDirectories(p.getParent());
            Files.write(p, new byte[0]);
        }
        assertEquals(List.of("a.A", "a.A$Nested", "b.B"), Discovery.classNames(dir));
    }

    @Test
    void gcNameIsShort() {
        String gc = Discovery.gcName();
        assertFalse(gc.contains("Young Generation"), gc);
    }
}
