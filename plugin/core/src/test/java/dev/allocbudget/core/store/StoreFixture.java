package dev.allocbudget.core.store;

import dev.allocbudget.core.fork.MeasureReply;
import dev.allocbudget.core.model.Figure;
import dev.allocbudget.core.model.FigureDetail;
import dev.allocbudget.runner.load.Lookup;
import dev.allocbudget.runner.protocol.MethodId;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * A fork's class path on disk (directories and jars under a test's temporary directory), forks' replies with what
 * they looked up, and stores on one directory, one per "build". No fork runs: the bytes of a class file are only
 * hashed, so any text will do.
 */
final class StoreFixture {
    static final StoreKey KEY = new StoreKey("0.1.0 (runner 1a2b3c, annotations 4d5e6f)",
            "/usr/lib/jvm/java-17-openjdk-amd64 (139954613 B, 1744675200000, release 0a1b2c)",
            List.of("-Xmx512m", "threads=all"), "2 processors, 7936 MiB, Linux amd64, LANG=C.UTF-8",
            "17.0.15+6-Debian-1deb12u1, Debian");
    static final MethodId ENCODE = MethodId.parse("com.acme.CodecTest#encode");
    static final MethodId DECODE = MethodId.parse("com.acme.CodecTest#decode[size=16]");
    /**
     * The time every fixture file is given: well before any fork of a test starts ({@link #reply} starts them now),
     * as when the project was compiled before the check ran. A file written later than a fork started is refused.
     */
    static final FileTime WRITTEN = FileTime.from(Instant.now().minus(Duration.ofHours(2)));

    final Path root;
    final Path storeDir;
    /** What the stores said; several threads may add. */
    final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    /** The plugin's two entries, last on every class path: directories a test may put files in. */
    final Path runner;
    final Path annotations;

    StoreFixture(Path root) throws IOException {
        this.root = root;
        this.storeDir = root.resolve("store");
        this.runner = dir("plugin/runner-classes");
        this.annotations = dir("plugin/annotations-classes");
    }

    ResultStore open() {
        return open(KEY, true);
    }

    ResultStore open(StoreKey key, boolean read) {
        return new ResultStore(storeDir, key, read, 17, warnings::add);
    }

    /** One build that stores what its forks measured; the files it added to the store. */
    List<Path> put(StoreKey key, boolean read, MethodId id, List<Path> classpath, MeasureReply... replies)
            throws IOException {
        List<Path> before = storedFiles();
        try (ResultStore store = open(key, read)) {
            store.put(id, classpath, List.of(replies));
        }
        List<Path> added = new ArrayList<>(storedFiles());
        added.removeAll(before);
        return added;
    }

    List<Path> put(MethodId id, List<Path> classpath, MeasureReply... replies) throws IOException {
        return put(KEY, true, id, classpath, replies);
    }

    /** One later build that looks the method up. */
    ResultStore.Found found(StoreKey key, MethodId id, List<Path> classpath) throws IOException {
        try (ResultStore store = open(key, true)) {
            return store.figures(id, classpath);
        }
    }

    ResultStore.Found found(MethodId id, List<Path> classpath) throws IOException {
        return found(KEY, id, classpath);
    }

    Path dir(String name) throws IOException {
        return Files.createDirectories(root.resolve(name));
    }

    /** Writes {@code name} (a resource name, {@code com/acme/Codec.class}) under a directory entry. */
    Path file(Path entry, String name, String content) throws IOException {
        Path file = entry.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, WRITTEN);
        return file;
    }

    /** A jar of {@code files} (name to content, in order). */
    Path jar(String fileName, Map<String, String> files) throws IOException {
        return jar(fileName, new Manifest(), files);
    }

    Path jar(String fileName, Manifest manifest, Map<String, String> files) throws IOException {
        manifest.getMainAttributes().putIfAbsent(Attributes.Name.MANIFEST_VERSION, "1.0");
        Path jar = root.resolve(fileName);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                j.putNextEntry(new JarEntry(f.getKey()));
                j.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                j.closeEntry();
            }
        }
        Files.setLastModifiedTime(jar, WRITTEN);
        return jar;
    }

    static Map<String, String> files(String... nameThenContent) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < nameThenContent.length; i += 2) {
            files.put(nameThenContent[i], nameThenContent[i + 1]);
        }
        return files;
    }

    /** The fork's class path: the project's entries, then the plugin's two. */
    List<Path> classpath(Path... project) {
        List<Path> all = new ArrayList<>(List.of(project));
        all.add(runner);
        all.add(annotations);
        return List.copyOf(all);
    }

    /** The store's files, of every method. */
    List<Path> storedFiles() throws IOException {
        if (!Files.isDirectory(storeDir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(storeDir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    /** The one file a build stored for a method. */
    Path onlyFile(StoreKey key, MethodId id, List<Path> classpath, MeasureReply... replies) throws IOException {
        List<Path> added = put(key, true, id, classpath, replies);
        if (added.size() != 1) {
            throw new AssertionError("expected one new stored file, found " + added);
        }
        return added.get(0);
    }

    Path onlyFile(MethodId id, List<Path> classpath, MeasureReply... replies) throws IOException {
        return onlyFile(KEY, id, classpath, replies);
    }

    /** A class the fork loaded from these entries (the first that has it), or looked for and found nowhere. */
    static Lookup classIn(String className, Integer... entries) {
        return new Lookup(Lookup.Kind.CLASS, className.replace('.', '/') + ".class", List.of(entries));
    }

    /** A resource looked up once ({@code getResource}). */
    static Lookup resourceIn(String name, Integer... entries) {
        return new Lookup(Lookup.Kind.RESOURCE, name, List.of(entries));
    }

    /** A resource looked up as all its copies ({@code getResources}), with every project entry that has one. */
    static Lookup allCopiesIn(String name, Integer... entries) {
        return new Lookup(Lookup.Kind.RESOURCES, name, List.of(entries));
    }

    /** A fork that started now and looked these names up. */
    static MeasureReply reply(Figure figure, Lookup... lookups) {
        return reply(figure, Instant.now(), lookups);
    }

    static MeasureReply reply(Figure figure, Instant started, Lookup... lookups) {
        return new MeasureReply(figure, null, Duration.ofSeconds(2), started, List.of(lookups));
    }

    static Figure figure(double bytesPerOp) {
        return new Figure(bytesPerOp, null, new FigureDetail(bytesPerOp, false, 0, 0, null));
    }
}
