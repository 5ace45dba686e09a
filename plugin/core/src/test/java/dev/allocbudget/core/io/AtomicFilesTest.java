package dev.allocbudget.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aReplacedFileHasItsContentAndNothingIsLeftBeside() throws Exception {
        Path target = dir.resolve("report.json");
        AtomicFiles.replace(target, "old");
        AtomicFiles.replace(target, "new");
        assertEquals("new", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void theFileGetsThePermissionsOfAnyNewFileNotOwnerOnlyOnes() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(dir.resolve("plain.txt")); // as the umask has it (0644 for umask 022)
        Path written = dir.resolve("report.json");
        AtomicFiles.replace(written, "{}");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(written));
    }
}
