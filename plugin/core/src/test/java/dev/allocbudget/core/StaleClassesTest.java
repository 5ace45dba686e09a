package dev.allocbudget.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleClassesTest {
    private static final Instant COMPILED = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path dir;

    private Path file(String path, Instant modified) throws Exception {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, path);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    @Test
    void aSourceChangedAfterItsClassWasCompiledIsStale() throws Exception {
        file("classes/a/Hot.class", COMPILED);
        file("classes/a/Cold.class", COMPILED);
        Path hot = file("src/a/Hot.java", COMPILED.plusSeconds(5));
        file("src/a/Cold.java", COMPILED.minusSeconds(60));
        assertEquals(List.of(hot), StaleClasses.in(dir.resolve("src"), dir.resolve("classes")));
    }

    @Test
    void sourcesCompiledSinceTheyChangedAreNot() throws Exception {
        file("src/a/Hot.java", COMPILED.minusSeconds(1));
        file("classes/a/Hot.class", COMPILED);
        file("src/a/Same.java", COMPILED);
        file("classes/a/Same.class", COMPILED);
        assertEquals(List.of(), StaleClasses.in(dir.resolve("src"), dir.resolve("classes")));
    }

    @Test
    void sourcesWithoutAClassOfTheirNameAreNotJudged() throws Exception {
        file("classes/a/Hot.class", COMPILED);
        file("src/a/package-info.java", COMPILED.plusSeconds(5));
        file("src/a/Helpers.java", COMPILED.plusSeconds(5)); // holds only classes of other names
        assertEquals(List.of(), StaleClasses.in(dir.resolve("src"), dir.resolve("classes")));
    }

    @Test
    void missingDirectoriesHoldNothingStale() throws Exception {
        file("src/a/Hot.java", COMPILED);
        assertEquals(List.of(), StaleClasses.in(dir.resolve("src"), dir.resolve("classes")));
        assertEquals(List.of(), StaleClasses.in(dir.resolve("nowhere"), dir.resolve("src")));
    }
}
