package dev.allocbudget.core.store;

import dev.allocbudget.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of one stored thing (a method, a discovery) in its directory: each written whole under the hash of its
 * content (a build killed half-way leaves a {@code .tmp}, never a broken {@code .json}), the newest few kept.
 */
final class EntryFiles {
    /** Stored inputs kept per method: the current ones, and a few others (another JDK, the reference's classes). */
    static final int KEPT = 6;

    private EntryFiles() {}

    /** Writes an entry, then drops the oldest beyond {@value #KEPT}. */
    static void write(Path entryDir, String content) throws IOException {
        Path file = entryDir.resolve(ClasspathFiles.hash(content.getBytes(StandardCharsets.UTF_8)) + ".json");
        AtomicFiles.replace(file, content);
        keepNewest(entryDir);
    }

    /** The directory's stored files, newest first (a file half-written by a build beside this one is no .json yet). */
    static List<Path> newestFirst(Path entryDir) {
        try (Stream<Path> list = Files.list(entryDir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted(Comparator.comparing(EntryFiles::modified).reversed()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Drops all but the newest {@value #KEPT} entries, and leftovers of writes killed half-way over an hour ago. */
    private static void keepNewest(Path entryDir) throws IOException {
        List<Path> files = newestFirst(entryDir);
        for (Path old : files.subList(Math.min(KEPT, files.size()), files.size())) {
            Files.deleteIfExists(old);
        }
        Instant hourAgo = Instant.now().minusSeconds(3600);
        try (Stream<Path> list = Files.list(entryDir)) {
            for (Path p : (Iterable<Path>) list::iterator) {
                if (p.getFileName().toString().endsWith(".tmp") && modified(p).toInstant().isBefore(hourAgo)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
