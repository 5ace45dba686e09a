package dev.allocbudget.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicLong;

/** Writes files in one step: a reader never sees half a file, and a crash mid-write leaves the old one intact. */
public final class AtomicFiles {
    private static final AtomicLong NEXT = new AtomicLong();

    private AtomicFiles() {}

    /**
     * Writes {@code content} to a temporary file beside {@code target}, then moves it over {@code target}. The
     * temporary file is created as any new file is, with the permissions the user's umask gives (a report readable
     * by the group, as Surefire's are), not the owner-only ones of {@link Files#createTempFile}.
     */
    public static void replace(Path target, String content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = newFile(dir, target.getFileName().toString());
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A new file beside the target, named so that no other writer (thread or process) picks the same name. */
    private static Path newFile(Path dir, String name) throws IOException {
        while (true) {
            Path temp = dir.resolve(name + "." + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet() + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                // left by a crashed run with the same pid: take the next number
            }
        }
    }
}
