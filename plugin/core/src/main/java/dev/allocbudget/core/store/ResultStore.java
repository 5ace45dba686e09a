package dev.allocbudget.core.store;

import dev.allocbudget.core.fork.DiscoveryReply;
import dev.allocbudget.core.fork.ForkLauncher;
import dev.allocbudget.core.fork.MeasureReply;
import dev.allocbudget.core.io.AtomicFiles;
import dev.allocbudget.core.io.JsonReader;
import dev.allocbudget.core.io.JsonReader.Node;
import dev.allocbudget.core.io.JsonWriter;
import dev.allocbudget.core.model.Figure;
import dev.allocbudget.core.model.KeyChange;
import dev.allocbudget.runner.load.Lookup;
import dev.allocbudget.runner.protocol.MethodId;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Figures measured in earlier builds, reused when nothing they depend on changed: the {@link StoreKey} (plugin,
 * JDK, the forks' flags, machine) and the bytes of every class and resource the forks looked up on their class path,
 * found or not, as they recorded them. One directory per method; in it, one file per set of inputs it was measured
 * with (a few, oldest dropped), each written in one step so that a build killed mid-way or one running beside this
 * one leaves whole files or none. A file that cannot be read is removed, and said so once; a stored figure is never
 * taken unless every input is equal.
 *
 * <p>Safe to use from the check's measuring threads: every call holds the store's lock (hashing is quick next to a
 * fork).
 */
public final class ResultStore implements Closeable {
    static final int FORMAT_VERSION = 1;
    /** Stored inputs kept per method: the current ones, and a few others (another JDK, the reference's classes). */
    static final int KEPT = 6;
    private static final Duration TICK_SLACK = Duration.ofMillis(50);
    private static final Duration WHOLE_SECONDS_SLACK = Duration.ofSeconds(2);

    private final Path dir;
    private StoreKey key;
    private final boolean read;
    private final int javaFeature;
    private final Consumer<String> warnings;
    private final Map<List<Path>, ClasspathFiles> classpaths = new HashMap<>();
    private final List<Path> removed = new ArrayList<>();

    /**
     * @param read     false to measure every method this time (reuse switched off): figures are still stored
     * @param warnings told, once, of stored files that could not be read and were removed
     */
    public ResultStore(Path dir, StoreKey key, boolean read, int javaFeature, Consumer<String> warnings) {
        this.dir = dir;
        this.key = key;
        this.read = read;
        this.javaFeature = javaFeature;
        this.warnings = warnings;
    }

    /** Names the forks' JDK in full, as their discovery reported it, for the stored results' messages. */
    public synchronized void jdkVersion(String jvm) {
        key = new StoreKey(key.plugin(), key.jdk(), key.jvmFlags(), key.machine(), jvm);
    }

    /**
     * A discovery of {@code testClasses} stored by an earlier build, when none of its inputs changed (the test
     * classes' names and every class and resource the discovering fork looked up): its methods, its JVM, its
     * warnings, without a fork. Null otherwise.
     */
    public synchronized DiscoveryReply discovery(Path testClasses, List<Path> classpath, String pluginVersion)
            throws IOException {
        if (!read) {
            return null;
        }
        List<String> listing = listing(testClasses);
        for (Entry e : entries(discoveryDir(testClasses), testClasses.toString(),
                stored -> StoredDiscovery.read(stored, pluginVersion))) {
            if (changeFrom(e, classpath, listing) == null) {
                DiscoveryReply found = StoredDiscovery.withBudgetsOf(testClasses,
                        StoredDiscovery.read(e.stored(), pluginVersion));
                if (found != null) {
                    jdkVersion(e.key().jdkVersion());
                }
                return found;
            }
        }
        return null;
    }

    /**
     * Stores a discovery that answered, keyed as {@link #discovery} looks it up; not when a file it looked up, or a
     * class file of the test classes, changed after its fork started (it may not have seen it).
     */
    public synchronized void putDiscovery(Path testClasses, List<Path> classpath, DiscoveryReply reply) {
        if (reply.problem() != null) {
            return;
        }
        try {
            MeasureReply keyed = new MeasureReply(null, null, null, reply.started(), reply.lookups());
            Map<String, List<String>> lookups = hashes(List.of(keyed), classpath);
            List<String> listing = listing(testClasses);
            if (lookups != null && !writtenSince(testClasses, listing, reply.started())) {
                write(discoveryDir(testClasses), render(testClasses.toString(), lookups, listing,
                        StoredDiscovery.write(reply)));
            }
        } catch (IOException e) {
            warnings.accept("allocbudget: could not store the discovery of " + testClasses + " in " + dir + " ("
                    + e + ")");
        }
    }

    /** The class files under the test classes directory, by relative name: a new one makes discovery run again. */
    private static List<String> listing(Path testClasses) throws IOException {
        try (Stream<Path> files = Files.walk(testClasses)) {
            return files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> testClasses.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    /**
     * True when a class file of the listing was written at or after the discovering fork started: the fork may have
     * listed the directory before it was there, and looked nothing up about it, so only its time tells.
     */
    private static boolean writtenSince(Path testClasses, List<String> listing, Instant started) {
        return listing.stream().anyMatch(name -> changedSince(modified(testClasses.resolve(name)), started));
    }

    private Path discoveryDir(Path testClasses) {
        return dir.resolve("discovery").resolve(ClasspathFiles.hash(
                testClasses.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * What the store has for a method: the figures of the forks that measured it, in order, when every input is
     * as it was; otherwise none, and the first input that changed (none when nothing was stored).
     */
    public record Found(List<Figure> forks, KeyChange changed) {
        public static final Found NOTHING = new Found(List.of(), null);
    }

    /** The stored figures of {@code id} measured on {@code classpath} (the fork's, in order). */
    public synchronized Found figures(MethodId id, List<Path> classpath) {
        if (!read) {
            return Found.NOTHING;
        }
        List<Entry> entries = entries(methodDir(id), id.toString(), ResultStore::forks);
        KeyChange first = null;
        for (Entry e : entries) {
            KeyChange changed = changeFrom(e, classpath);
            if (changed == null) {
                return new Found(forks(e.stored()), null);
            }
            if (first == null) {
                first = changed; // the newest entry's: the figures this method had last
            }
        }
        return new Found(List.of(), first);
    }

    /**
     * Stores the figures of {@code id}'s forks, keyed on what they loaded. Not stored when a fork gave no figure,
     * an objects count was asked for and none could be made, or a file a fork loaded changed after that fork had
     * started (it may have loaded the old bytes) or cannot be read: those methods are measured again next time.
     */
    public synchronized void put(MethodId id, List<Path> classpath, List<MeasureReply> replies) {
        if (replies.isEmpty() || replies.stream().anyMatch(r -> r.figure() == null
                || (r.figure().objects() != null && r.figure().objects().perOp() == null))) {
            return;
        }
        try {
            Map<String, List<String>> lookups = hashes(replies, classpath);
            if (lookups == null) {
                return;
            }
            String forks = replies.stream().map(r -> "\n    " + StoredFigures.write(r.figure()))
                    .collect(Collectors.joining(",", "[", "\n  ]"));
            write(methodDir(id), render(id.toString(), lookups, null, forks));
        } catch (IOException e) {
            warnings.accept("allocbudget: could not store the figures of " + id + " in " + dir + " (" + e
                    + "); it will be measured again next time");
        }
    }

    /** Each looked-up name with its hashes now; null when a file changed after its fork started or is unreadable. */
    private Map<String, List<String>> hashes(List<MeasureReply> replies, List<Path> classpath) throws IOException {
        ClasspathFiles files = files(classpath);
        Map<String, List<String>> hashes = new LinkedHashMap<>();
        for (MeasureReply reply : replies) {
            for (Lookup lookup : reply.lookups()) {
                List<String> found = new ArrayList<>();
                for (int entry : lookup.entries()) {
                    ClasspathFiles.Hashed h = files.hashed(entry, lookup.name());
                    if (h == null || changedSince(h.modified(), reply.started())) {
                        return null;
                    }
                    found.add(h.hash());
                }
                hashes.putIfAbsent(name(lookup.kind(), lookup.name()), found);
            }
        }
        return hashes;
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

    /** Why entry {@code e} does not hold for the current inputs, or null when it does. */
    private KeyChange changeFrom(Entry e, List<Path> classpath) {
        return changeFrom(e, classpath, null);
    }

    /** As {@link #changeFrom(Entry, List)}; for a discovery, the test classes' names now are {@code listing}. */
    private KeyChange changeFrom(Entry e, List<Path> classpath, List<String> listing) {
        KeyChange changed = key.firstChange(e.key());
        if (changed != null) {
            return changed;
        }
        if (listing != null && !listing.equals(e.listing())) {
            return new KeyChange(KeyChange.Kind.CLASS_ADDED, "a test class", null, null);
        }
        ClasspathFiles files = files(classpath);
        for (Map.Entry<String, List<String>> lookup : e.lookups().entrySet()) {
            Lookup.Kind kind = kindOf(lookup.getKey());
            String name = lookup.getKey().substring(lookup.getKey().indexOf(':') + 1);
            List<String> now;
            try {
                now = files.resolve(kind, name);
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
     * A stored file: its key, the hashes of what its forks looked up (by {@code kind:name}), the test classes' names
     * for a discovery (else null), and what was stored (parsed as it is used, so that a broken file is found then).
     */
    private record Entry(StoreKey key, Map<String, List<String>> lookups, List<String> listing, Node stored) {}

    /** The stored entries of one thing (a method, a discovery), newest first; those that cannot be read are removed. */
    private List<Entry> entries(Path entryDir, String id, java.util.function.Consumer<Node> check) {
        if (!Files.isDirectory(entryDir)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (Path file : jsonFiles(entryDir)) {
            try {
                Entry e = parse(JsonReader.parse(Files.readString(file), file.toString()), id);
                check.accept(e.stored());
                entries.add(e);
            } catch (NoSuchFileException gone) {
                // dropped between listing and reading by a build beside this one, which keeps the newest few: not
                // broken, and not this store's to report
            } catch (IOException | JsonReader.SyntaxError | RuntimeException e) {
                remove(file);
            }
        }
        return entries;
    }

    private Entry parse(Node root, String id) {
        if (root.get("formatVersion").asNumber().intValue() != FORMAT_VERSION
                || !id.equals(root.get("id").asString())) {
            throw new IllegalArgumentException("not an entry of this format for " + id);
        }
        Node k = root.get("key");
        StoreKey stored = new StoreKey(k.get("plugin").asString(), k.get("jdk").asString(),
                k.get("jvmFlags").list().stream().map(Node::asString).toList(), k.get("machine").asString(),
                k.get("jdkVersion").asString());
        Map<String, List<String>> lookups = new LinkedHashMap<>();
        for (Map.Entry<String, Node> l : root.get("lookups").map().entrySet()) {
            kindOf(l.getKey()); // refuses an unknown kind
            lookups.put(l.getKey(), l.getValue().list().stream().map(Node::asString).toList());
        }
        Node listing = root.get("listing");
        return new Entry(stored, lookups, listing == null ? null
                : listing.list().stream().map(Node::asString).toList(), root.get("stored"));
    }

    private String render(String id, Map<String, List<String>> lookups, List<String> listing, String stored) {
        StringBuilder json = new StringBuilder("{\n  \"formatVersion\": ").append(FORMAT_VERSION)
                .append(",\n  \"id\": ").append(JsonWriter.string(id))
                .append(",\n  \"key\": {\"plugin\": ").append(JsonWriter.string(key.plugin()))
                .append(", \"jdk\": ").append(JsonWriter.string(key.jdk()))
                .append(", \"jvmFlags\": ").append(JsonWriter.strings(key.jvmFlags()))
                .append(", \"machine\": ").append(JsonWriter.string(key.machine()))
                .append(", \"jdkVersion\": ").append(JsonWriter.string(key.jdkVersion())).append("},\n")
                .append("  \"lookups\": {");
        json.append(lookups.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(l -> "\n    " + JsonWriter.string(l.getKey()) + ": " + JsonWriter.strings(l.getValue()))
                .collect(Collectors.joining(",")));
        json.append(lookups.isEmpty() ? "}" : "\n  }");
        if (listing != null) {
            json.append(",\n  \"listing\": ").append(JsonWriter.strings(listing));
        }
        return json.append(",\n  \"stored\": ").append(stored).append("\n}\n").toString();
    }

    /** The figures of a stored method's forks, in the order they ran. */
    private static List<Figure> forks(Node stored) {
        List<Figure> forks = stored.list().stream().map(StoredFigures::read).toList();
        if (forks.isEmpty()) {
            throw new IllegalArgumentException("no figures");
        }
        return forks;
    }

    private void write(Path entryDir, String content) throws IOException {
        Path file = entryDir.resolve(ClasspathFiles.hash(content.getBytes(StandardCharsets.UTF_8)) + ".json");
        AtomicFiles.replace(file, content);
        keepNewest(entryDir);
    }

    private static String name(Lookup.Kind kind, String name) {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + name;
    }

    private static Lookup.Kind kindOf(String key) {
        int colon = key.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a look-up: " + key);
        }
        return Lookup.Kind.valueOf(key.substring(0, colon).toUpperCase(Locale.ROOT));
    }

    private Path methodDir(MethodId id) {
        return dir.resolve(ClasspathFiles.hash(id.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** The directory's stored files, newest first (a file half-written by a build beside this one is no .json yet). */
    private static List<Path> jsonFiles(Path methodDir) {
        try (Stream<Path> list = Files.list(methodDir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted(Comparator.comparing(ResultStore::modified).reversed()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Drops all but the newest {@value #KEPT} entries, and leftovers of writes killed half-way over an hour ago. */
    private void keepNewest(Path methodDir) throws IOException {
        List<Path> files = jsonFiles(methodDir);
        for (Path old : files.subList(Math.min(KEPT, files.size()), files.size())) {
            Files.deleteIfExists(old);
        }
        Instant hourAgo = Instant.now().minusSeconds(3600);
        try (Stream<Path> list = Files.list(methodDir)) {
            for (Path p : (Iterable<Path>) list::iterator) {
                if (p.getFileName().toString().endsWith(".tmp") && modified(p).toInstant().isBefore(hourAgo)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private void remove(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a build beside this one removed it first, or it cannot be removed: it is ignored either way
        }
        removed.add(file);
    }

    private ClasspathFiles files(List<Path> classpath) {
        return classpaths.computeIfAbsent(classpath, cp -> new ClasspathFiles(cp, ForkLauncher.PLUGIN_ENTRIES, javaFeature));
    }

    /** Closes the class path's jars, and says once which stored files could not be read and were removed. */
    @Override
    public synchronized void close() throws IOException {
        for (ClasspathFiles files : classpaths.values()) {
            files.close();
        }
        if (!removed.isEmpty()) {
            warnings.accept("allocbudget: " + removed.size() + (removed.size() == 1 ? " stored result" : " stored results")
                    + " in " + dir + " could not be read (half-written, corrupt, or of another format) and "
                    + (removed.size() == 1 ? "was" : "were") + " removed, e.g. " + dir.relativize(removed.get(0))
                    + (removed.size() == 1 ? "; what it held was" : "; what they held was") + " measured again");
        }
    }
}
