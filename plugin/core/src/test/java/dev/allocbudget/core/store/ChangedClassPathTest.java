package dev.allocbudget.core.store;

import static dev.allocbudget.core.store.StoreFixture.ENCODE;
import static dev.allocbudget.core.store.StoreFixture.allCopiesIn;
import static dev.allocbudget.core.store.StoreFixture.classIn;
import static dev.allocbudget.core.store.StoreFixture.figure;
import static dev.allocbudget.core.store.StoreFixture.files;
import static dev.allocbudget.core.store.StoreFixture.reply;
import static dev.allocbudget.core.store.StoreFixture.resourceIn;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.allocbudget.core.model.KeyChange;
import dev.allocbudget.core.model.KeyChange.Kind;
import dev.allocbudget.runner.load.Lookup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the forks looked up on the project's class path, changed one thing at a time: each change is a miss naming
 * the class or resource, and what the forks could not have seen (a later copy of a resource read once, the plugin's
 * own entries) is none. Each look-up after the first build is a new store, as a new build opens one.
 */
class ChangedClassPathTest {
    @TempDir
    Path tmp;
    private StoreFixture f;
    private Path classes;
    private Path dependency;
    private Path resources;
    private List<Path> cp;

    /** What the forks looked up: entry 0 the classes, 1 a dependency's jar, 2 a resources directory. */
    private static final Lookup[] LOOKUPS = {
        classIn("com.acme.Codec", 0),
        classIn("com.acme.Frames", 0),
        classIn("com.acme.OptionalCodec"), // probed by name, found nowhere
        classIn("org.dep.Lib", 1),
        resourceIn("codec.properties", 0),
        allCopiesIn("META-INF/services/org.dep.Plugin", 1),
    };

    @BeforeEach
    void storeOneMethod() throws Exception {
        f = new StoreFixture(tmp);
        classes = f.dir("classes");
        f.file(classes, "com/acme/Codec.class", "codec");
        f.file(classes, "com/acme/Frames.class", "frames");
        f.file(classes, "codec.properties", "size=16");
        dependency = f.jar("dep-1.0.jar", files("org/dep/Lib.class", "lib 1.0",
                "META-INF/services/org.dep.Plugin", "org.dep.DefaultPlugin"));
        resources = f.dir("resources");
        cp = f.classpath(classes, dependency, resources);
        f.put(ENCODE, cp, reply(figure(32), LOOKUPS), reply(figure(32), LOOKUPS));
        assertEquals(found(), f.found(ENCODE, cp), "nothing changed yet");
    }

    private static ResultStore.Found found() {
        return new ResultStore.Found(List.of(figure(32), figure(32)), null);
    }

    private static ResultStore.Found miss(Kind kind, String subject) {
        return new ResultStore.Found(List.of(), new KeyChange(kind, subject, null, null));
    }

    @Test
    void aClassWithOtherBytesIsAMiss() throws Exception {
        f.file(classes, "com/acme/Codec.class", "codec, one field more");
        assertEquals(miss(Kind.CLASS_CHANGED, "com.acme.Codec"), f.found(ENCODE, cp));
    }

    @Test
    void whenANestedClassChangedWithItsOuterOneTheOuterOneIsNamed() throws Exception {
        // a change to Codec.java recompiles both: the message names the class of the source file
        f.file(classes, "com/acme/Codec$Frame.class", "frame");
        Lookup[] withNested = {classIn("com.acme.Codec$Frame", 0), classIn("com.acme.Codec", 0)};
        f.put(ENCODE, cp, reply(figure(32), withNested));
        assertEquals(new ResultStore.Found(List.of(figure(32)), null), f.found(ENCODE, cp));
        f.file(classes, "com/acme/Codec$Frame.class", "frame, one field more");
        f.file(classes, "com/acme/Codec.class", "codec, one field more");
        assertEquals(miss(Kind.CLASS_CHANGED, "com.acme.Codec"), f.found(ENCODE, cp));
    }

    @Test
    void aClassThatIsGoneIsAMiss() throws Exception {
        Files.delete(classes.resolve("com/acme/Frames.class"));
        assertEquals(miss(Kind.CLASS_GONE, "com.acme.Frames"), f.found(ENCODE, cp));
    }

    @Test
    void aClassLookedForAndAbsentThatNowExistsIsAMiss() throws Exception {
        // in any project entry: the forks would find it now, wherever it is
        f.file(resources, "com/acme/OptionalCodec.class", "an optional codec");
        assertEquals(miss(Kind.CLASS_ADDED, "com.acme.OptionalCodec"), f.found(ENCODE, cp));
    }

    @Test
    void aResourceLookedUpOnceCountsWithItsFirstCopyOnly() throws Exception {
        f.file(resources, "codec.properties", "size=64");
        assertEquals(found(), f.found(ENCODE, cp), "a copy behind the first is not what the forks read");
        f.file(classes, "codec.properties", "size=32");
        assertEquals(miss(Kind.RESOURCE_CHANGED, "codec.properties"), f.found(ENCODE, cp));
    }

    @Test
    void aResourceLookedUpAsAllCopiesChangesWithACopyInAnotherEntry() throws Exception {
        // a ServiceLoader would find a second provider now
        f.file(resources, "META-INF/services/org.dep.Plugin", "com.acme.FastPlugin");
        assertEquals(miss(Kind.RESOURCE_CHANGED, "META-INF/services/org.dep.Plugin"), f.found(ENCODE, cp));
    }

    @Test
    void anotherVersionOfADependencyIsAMiss() throws Exception {
        Path newer = f.jar("dep-1.1.jar", files("org/dep/Lib.class", "lib 1.1",
                "META-INF/services/org.dep.Plugin", "org.dep.DefaultPlugin"));
        assertEquals(miss(Kind.CLASS_CHANGED, "org.dep.Lib"), f.found(ENCODE, f.classpath(classes, newer, resources)));
    }

    @Test
    void aJarRewrittenInPlaceIsReadAgain() throws Exception {
        f.jar("dep-1.0.jar", files("META-INF/services/org.dep.Plugin", "org.dep.DefaultPlugin"));
        assertEquals(miss(Kind.CLASS_GONE, "org.dep.Lib"), f.found(ENCODE, cp));
    }

    @Test
    void anEntryThatCannotBeReadIsAMiss() throws Exception {
        Files.writeString(dependency, "not a zip any more");
        assertEquals(Kind.UNREADABLE, f.found(ENCODE, cp).changed().kind());
    }

    @Test
    void aClassThatMovesToAnEarlierEntryWithOtherBytesIsAMiss() throws Exception {
        // a patched copy of the dependency's class in the project's classes: the class loader takes it first
        f.file(classes, "org/dep/Lib.class", "lib 1.0, patched");
        assertEquals(miss(Kind.CLASS_CHANGED, "org.dep.Lib"), f.found(ENCODE, cp));
    }

    @Test
    void thePluginsEntriesAreNeverLookedAt() throws Exception {
        // the plugin's version keys what is in them (and the forks record nothing there)
        f.file(f.runner, "com/acme/OptionalCodec.class", "in the runner");
        f.file(f.annotations, "com/acme/Codec.class", "other bytes");
        f.file(f.annotations, "META-INF/services/org.dep.Plugin", "dev.allocbudget.Plugin");
        assertEquals(found(), f.found(ENCODE, cp));
    }
}
