package dev.allocbudget.core.store;

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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
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
