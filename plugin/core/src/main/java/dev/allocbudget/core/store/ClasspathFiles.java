package dev.allocbudget.core.store;

import dev.allocbudget.core.model.KeyChange;
import dev.allocbudget.runner.load.Lookup;
import dev.allocbudget.runner.shape.BudgetClassFile;
import dev.allocbudget.runner.shape.ClassFiles;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a fork's class path holds now, by name, as its class loader finds it: the hash of a class or resource in a
 * given entry, and the entries that have a name, in class path order. A file is hashed again only when its time or
 * size changed (a check's forks load mostly the same classes, and a file rewritten during the build must not keep
 * its first hash); jars stay open until {@link #close()} or until they change. Not for several threads at once: the
 * store calls it under its lock.
 */
final class ClasspathFiles implements Closeable {
    /** A name's hash in one entry, and the time and size of its file (the jar's, for a name in a jar). */
    record Hashed(String hash, Stat stat) {
        FileTime modified() {
            return stat.modified();
        }
    }

    private final List<Path> entries;
    private final int projectEntries;
    private final Runtime.Version java;
    private final Map<Integer, OpenJar> jars = new HashMap<>();
    private static final Duration TICK_SLACK = Duration.ofMillis(50);
    private static final Duration WHOLE_SECONDS_SLACK = Duration.ofSeconds(2);

    private final Map<String, Hashed> hashes = new HashMap<>();

    /** A jar as opened, and its time and size then: a jar rewritten since is opened again. */
    private record OpenJar(JarFile jar, Stat stat) {}

    /** A file's time and size: what says it may have changed since it was read. */
    record Stat(FileTime modified, long size) {
        static Stat of(Path file) throws IOException {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stat(a.lastModifiedTime(), a.size());
        }
    }

    /**
     * @param entries     a fork's class path: the project's entries, then the plugin's own (the runner, the
     *                    annotations), which a fork does not record and which are not looked at here
     * @param javaFeature the forks' Java feature version: a multi-release jar gives them its classes for that Java,
     *                    and so it is read here
     */
    ClasspathFiles(List<Path> entries, int pluginEntries, int javaFeature) {
        this.entries = List.copyOf(entries);
        this.projectEntries = entries.size() - pluginEntries;
        this.java = Runtime.Version.parse(Integer.toString(javaFeature));
    }

    /**
     * The hashes of {@code name} where the fork's class loader finds it now among the project's entries: in the
     * first that has it (all that have it, for a resource looked up as all its copies); empty when none has it.
     * Throws when an entry cannot be read (a jar being rewritten, say).
     */
    List<String> resolve(Lookup.Kind kind, String name) throws IOException {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < projectEntries; i++) {
            Hashed h = hashed(i, name);
            if (h != null) {
                found.add(h.hash());
                if (kind != Lookup.Kind.RESOURCES) {
                    break;
                }
            }
        }
        return found;
    }

    /** The hash of {@code name} in entry {@code index}, or null when that entry does not have it. */
    Hashed hashed(int index, String name) throws IOException {
        Path entry = entries.get(index);
        if (Files.isDirectory(entry)) {
            Path file = entry.resolve(name);
            if (!Files.isRegularFile(file)) {
                return null;
            }
            Stat stat = Stat.of(file);
            return cached(index, name, stat, () -> Files.readAllBytes(file));
        }
        if (!Files.isRegularFile(entry)) {
            return null; // an entry that does not exist (yet): the JVM skips it too
        }
        Stat stat = Stat.of(entry);
        OpenJar open = jars.get(index);
        if (open == null || !open.stat().equals(stat)) {
            if (open != null) {
                open.jar().close();
            }
            open = new OpenJar(new JarFile(entry.toFile(), true, ZipFile.OPEN_READ, java), stat);
            jars.put(index, open);
        }
        JarFile jar = open.jar();
        ZipEntry found = jar.getEntry(name);
        if (found == null || found.isDirectory()) {
            return null;
        }
        return cached(index, name, stat, () -> {
            try (InputStream in = jar.getInputStream(found)) {
                return in.readAllBytes();
            }
        });
    }

    private interface Bytes {
        byte[] read() throws IOException;
    }

    /** The hash of a name in an entry as last read, if the file (or jar) has the same time and size still. */
    private Hashed cached(int index, String name, Stat stat, Bytes bytes) throws IOException {
        String key = index + "\u0000" + name;
        Hashed h = hashes.get(key);
        if (h == null || !h.stat().equals(stat)) {
            h = new Hashed(hash(keyed(name, bytes.read())), stat);
            hashes.put(key, h);
        }
        return h;
    }

    /**
     * The hashes now of what one fork looked up, by {@link StoredEntry#name}; null when a file it loaded may have
     * changed after the fork started ({@link #changedSince}) or is gone: the fork may not have seen what is there.
     */
    Map<String, List<String>> hashes(List<Lookup> lookups, Instant started) throws IOException {
        Map<String, List<String>> hashes = new LinkedHashMap<>();
        for (Lookup lookup : lookups) {
            List<String> found = new ArrayList<>();
            for (int entry : lookup.entries()) {
                Hashed h = hashed(entry, lookup.name());
                if (h == null || changedSince(h.modified(), started)) {
                    return null;
                }
                found.add(h.hash());
            }
            hashes.putIfAbsent(StoredEntry.name(lookup.kind(), lookup.name()), found);
        }
        return hashes;
    }

    /** The first stored look-up whose hashes differ from what the class path holds now; null when none does. */
    KeyChange firstChange(Map<String, List<String>> lookups) {
        for (Map.Entry<String, List<String>> lookup : lookups.entrySet()) {
            Lookup.Kind kind = StoredEntry.kindOf(lookup.getKey());
            String name = StoredEntry.nameOf(lookup.getKey());
            List<String> now;
            try {
                now = resolve(kind, name);
            } catch (IOException unreadable) {
                return new KeyChange(KeyChange.Kind.UNREADABLE, name, null, unreadable.toString());
            }
            if (!now.equals(lookup.getValue())) {
                return change(kind, name, lookup.getValue(), now);
            }
        }
        return null;
    }

    private static KeyChange change(Lookup.Kind kind, String name, List<String> before, List<String> now) {
        if (kind != Lookup.Kind.CLASS) {
            return new KeyChange(KeyChange.Kind.RESOURCE_CHANGED, name, null, null);
        }
        String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
        KeyChange.Kind what = before.isEmpty() ? KeyChange.Kind.CLASS_ADDED
                : now.isEmpty() ? KeyChange.Kind.CLASS_GONE : KeyChange.Kind.CLASS_CHANGED;
        return new KeyChange(what, className, null, null);
    }

    /**
     * True when a file may have been written after its fork started. A file's time is not a precise clock: Linux
     * stamps it from a clock that moves once per tick (up to 10 ms), and some file systems keep whole seconds (or
     * two), so a file written just after the fork started can carry a time a little before it. A time within that
     * slack counts as after: the method is then measured again next time, which costs a fork, never a stale figure.
     */
    static boolean changedSince(FileTime modified, Instant started) {
        if (started == null) {
            return true;
        }
        Instant time = modified.toInstant();
        Duration slack = time.getNano() == 0 ? WHOLE_SECONDS_SLACK : TICK_SLACK;
        return !time.plus(slack).isBefore(started);
    }

    /**
     * What a class or resource is keyed on: its bytes, but for a class with budget methods, with the budgets' values
     * blanked ({@link BudgetClassFile#keyed()}): a changed budget is no change to what the method does.
     */
    static byte[] keyed(String name, byte[] bytes) {
        if (!name.endsWith(".class") || !ClassFiles.mentions(bytes, ClassFiles.BUDGET_ANNOTATION)) {
            return bytes;
        }
        try {
            return BudgetClassFile.read(bytes).keyed();
        } catch (RuntimeException notAClassFile) {
            return bytes; // keyed on every byte, then
        }
    }

    /** SHA-256 of the bytes, its first 128 bits in hex: what a class or resource is keyed on. */
    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public void close() throws IOException {
        for (OpenJar open : jars.values()) {
            open.jar().close();
        }
        jars.clear();
    }
}
