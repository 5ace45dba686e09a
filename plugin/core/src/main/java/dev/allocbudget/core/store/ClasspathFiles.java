package dev.allocbudget.core.store;

import dev.allocbudget.runner.load.Lookup;
import dev.allocbudget.runner.shape.BudgetClassFile;
import dev.allocbudget.runner.shape.ClassFiles;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * given entry, and the entries that have a name, in class path order. Each file is read and hashed at most once
 * (a check's forks load mostly the same classes); jars stay open until {@link #close()}. Not for several threads
 * at once: the store calls it under its lock.
 */
final class ClasspathFiles implements Closeable {
    /** A name's hash in one entry, and when that entry last changed (a jar's time, or the file's in a directory). */
    record Hashed(String hash, FileTime modified) {}

    private final List<Path> entries;
    private final int projectEntries;
    private final Runtime.Version java;
    private final Map<Integer, JarFile> jars = new HashMap<>();
    private final Map<String, Hashed> hashes = new HashMap<>();

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
        String key = index + "\u0000" + name;
        if (hashes.containsKey(key)) {
            return hashes.get(key);
        }
        Hashed h = read(index, name);
        hashes.put(key, h);
        return h;
    }

    private Hashed read(int index, String name) throws IOException {
        Path entry = entries.get(index);
        if (Files.isDirectory(entry)) {
            Path file = entry.resolve(name);
            if (!Files.isRegularFile(file)) {
                return null;
            }
            return new Hashed(hash(keyed(name, Files.readAllBytes(file))), Files.getLastModifiedTime(file));
        }
        if (!Files.isRegularFile(entry)) {
            return null; // an entry that does not exist (yet): the JVM skips it too
        }
        JarFile jar = jars.get(index);
        if (jar == null) {
            jar = new JarFile(entry.toFile(), true, ZipFile.OPEN_READ, java);
            jars.put(index, jar);
        }
        ZipEntry found = jar.getEntry(name);
        if (found == null || found.isDirectory()) {
            return null;
        }
        try (InputStream in = jar.getInputStream(found)) {
            return new Hashed(hash(keyed(name, in.readAllBytes())), Files.getLastModifiedTime(entry));
        }
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
        for (JarFile jar : jars.values()) {
            jar.close();
        }
        jars.clear();
    }
}
