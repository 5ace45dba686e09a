package dev.allocbudget.core.store;

import dev.allocbudget.core.fork.DiscoveryReply;
import dev.allocbudget.core.fork.ForkLauncher;
import dev.allocbudget.core.fork.MeasureReply;
import dev.allocbudget.core.io.JsonReader;
import dev.allocbudget.core.io.JsonReader.Node;
import dev.allocbudget.core.model.CompileOrder;
import dev.allocbudget.core.model.Figure;
import dev.allocbudget.core.model.KeyChange;
import dev.allocbudget.runner.protocol.MethodId;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
        for (StoredEntry e : entries(discoveryDir(testClasses), testClasses.toString(),
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
                EntryFiles.write(discoveryDir(testClasses), StoredEntry.render(testClasses.toString(), key, lookups, listing,
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
        return listing.stream().anyMatch(name -> ClasspathFiles.changedSince(EntryFiles.modified(testClasses.resolve(name)), started));
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
    public Found figures(MethodId id, List<Path> classpath) {
        return figures(id, CompileOrder.CALLEES_FIRST, classpath);
    }

    /** The stored figures of {@code id} measured on {@code classpath} in compile order {@code order}. */
    public synchronized Found figures(MethodId id, CompileOrder order, List<Path> classpath) {
        if (!read) {
            return Found.NOTHING;
        }
        String entryId = entryId(id, order);
        List<StoredEntry> entries = entries(methodDir(entryId), entryId, ResultStore::forks);
        KeyChange first = null;
        for (StoredEntry e : entries) {
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
    public void put(MethodId id, List<Path> classpath, List<MeasureReply> replies) {
        put(id, CompileOrder.CALLEES_FIRST, classpath, replies);
    }

    /** As {@link #put(MethodId, List, List)}, for forks that compiled in {@code order}. */
    public synchronized void put(MethodId id, CompileOrder order, List<Path> classpath, List<MeasureReply> replies) {
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
            String entryId = entryId(id, order);
            EntryFiles.write(methodDir(entryId), StoredEntry.render(entryId, key, lookups, null, forks));
        } catch (IOException e) {
            warnings.accept("allocbudget: could not store the figures of " + id + " in " + dir + " (" + e
                    + "); it will be measured again next time");
        }
    }

    /** Each looked-up name with its hashes now; null when a file changed after its fork started or is unreadable. */
    private Map<String, List<String>> hashes(List<MeasureReply> replies, List<Path> classpath) throws IOException {
        Map<String, List<String>> hashes = new LinkedHashMap<>();
        for (MeasureReply reply : replies) {
            Map<String, List<String>> fork = files(classpath).hashes(reply.lookups(), reply.started());
            if (fork == null) {
                return null;
            }
            fork.forEach(hashes::putIfAbsent);
        }
        return hashes;
    }

    /** Why entry {@code e} does not hold for the current inputs, or null when it does. */
    private KeyChange changeFrom(StoredEntry e, List<Path> classpath) {
        return changeFrom(e, classpath, null);
    }

    /** As {@link #changeFrom(StoredEntry, List)}; for a discovery, the test classes' names now are {@code listing}. */
    private KeyChange changeFrom(StoredEntry e, List<Path> classpath, List<String> listing) {
        KeyChange changed = key.firstChange(e.key());
        if (changed != null) {
            return changed;
        }
        if (listing != null && !listing.equals(e.listing())) {
            return new KeyChange(KeyChange.Kind.CLASS_ADDED, "a test class", null, null);
        }
        return files(classpath).firstChange(e.lookups());
    }

    /** The stored entries of one thing (a method, a discovery), newest first; those that cannot be read are removed. */
    private List<StoredEntry> entries(Path entryDir, String id, java.util.function.Consumer<Node> check) {
        if (!Files.isDirectory(entryDir)) {
            return List.of();
        }
        List<StoredEntry> entries = new ArrayList<>();
        for (Path file : EntryFiles.newestFirst(entryDir)) {
            try {
                StoredEntry e = StoredEntry.parse(JsonReader.parse(Files.readString(file), file.toString()), id);
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

    /** The figures of a stored method's forks, in the order they ran. */
    private static List<Figure> forks(Node stored) {
        List<Figure> forks = stored.list().stream().map(StoredFigures::read).toList();
        if (forks.isEmpty()) {
            throw new IllegalArgumentException("no figures");
        }
        return forks;
    }

    /**
     * What a method's entry is stored under: its id, and in another compile order than the forks' own that order's
     * flags too, which the key's plugin part does not cover (they are the core's, not the runner's).
     */
    private static String entryId(MethodId id, CompileOrder order) {
        List<String> flags = order.jvmFlags(id.className(), id.method());
        return flags.isEmpty() ? id.toString() : id + " " + String.join(" ", flags);
    }

    private Path methodDir(String entryId) {
        return dir.resolve(ClasspathFiles.hash(entryId.getBytes(StandardCharsets.UTF_8)));
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
