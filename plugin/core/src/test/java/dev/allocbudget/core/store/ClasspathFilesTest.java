package dev.allocbudget.core.store;

import static dev.allocbudget.core.store.StoreFixture.files;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.allocbudget.runner.load.Lookup.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class path as a fork's class loader reads it, name by name: which copy it takes, and from which entries. */
class ClasspathFilesTest {
    @TempDir
    Path tmp;
    private StoreFixture f;
    private Path classes;
    private Path resources;
    private Path jar;

    @BeforeEach
    void entries() throws Exception {
        f = new StoreFixture(tmp);
        classes = f.dir("classes");
        f.file(classes, "com/acme/Codec.class", "codec in classes");
        f.file(classes, "META-INF/services/x.Plugin", "a.InClasses");
        resources = f.dir("resources");
        f.file(resources, "com/acme/Codec.class", "codec in resources");
        jar = f.jar("dep.jar", files("com/acme/Codec.class", "codec in the jar", "META-INF/services/x.Plugin", "b.InJar"));
        // the plugin's entries have copies too, which no look-up may return
        f.file(f.runner, "META-INF/services/x.Plugin", "dev.allocbudget.InRunner");
        f.file(f.annotations, "com/acme/Only.class", "only in the plugin");
    }

    private static String hash(String content) {
        return ClasspathFiles.hash(content.getBytes(StandardCharsets.UTF_8));
    }

    private ClasspathFiles over(Path... project) {
        return new ClasspathFiles(f.classpath(project), 2, 17);
    }

    @Test
    void theFirstEntryThatHasANameWinsForAClassOrAResource() throws Exception {
        try (ClasspathFiles cp = over(classes, resources, jar)) {
            assertEquals(List.of(hash("codec in classes")), cp.resolve(Kind.CLASS, "com/acme/Codec.class"));
            assertEquals(List.of(hash("a.InClasses")), cp.resolve(Kind.RESOURCE, "META-INF/services/x.Plugin"));
        }
        try (ClasspathFiles cp = over(jar, resources, classes)) {
            assertEquals(List.of(hash("codec in the jar")), cp.resolve(Kind.CLASS, "com/acme/Codec.class"));
        }
    }

    @Test
    void allCopiesAreEveryProjectEntrysInClassPathOrder() throws Exception {
        try (ClasspathFiles cp = over(jar, resources, classes)) {
            assertEquals(List.of(hash("b.InJar"), hash("a.InClasses")),
                    cp.resolve(Kind.RESOURCES, "META-INF/services/x.Plugin"));
        }
    }

    @Test
    void aFileOrJarRewrittenDuringTheBuildIsHashedAgain() throws Exception {
        // one store serves a whole check: a class recompiled (or a jar rebuilt) after its first hash must not keep it
        try (ClasspathFiles cp = over(classes, jar)) {
            assertEquals(List.of(hash("codec in classes")), cp.resolve(Kind.CLASS, "com/acme/Codec.class"));
            assertEquals(hash("codec in the jar"), cp.hashed(1, "com/acme/Codec.class").hash());

            // same sizes as before: the later time alone tells
            Path codec = f.file(classes, "com/acme/Codec.class", "codec recompiled");
            f.jar("dep.jar", files("com/acme/Codec.class", "codec in the jar!", "META-INF/services/x.Plugin", "b.InJar"));
            FileTime later = FileTime.fromMillis(StoreFixture.WRITTEN.toMillis() + 1000);
            Files.setLastModifiedTime(codec, later);
            Files.setLastModifiedTime(jar, later);

            assertEquals(List.of(hash("codec recompiled")), cp.resolve(Kind.CLASS, "com/acme/Codec.class"));
            assertEquals(hash("codec in the jar!"), cp.hashed(1, "com/acme/Codec.class").hash());
        }
    }

    @Test
    void aNameNoProjectEntryHasResolvesToNothingWhateverThePluginsEntriesHold() throws Exception {
        try (ClasspathFiles cp = over(classes, jar)) {
            assertEquals(List.of(), cp.resolve(Kind.CLASS, "com/acme/Only.class"));
            assertEquals(List.of(), cp.resolve(Kind.RESOURCES, "com/acme/Only.class"));
            assertEquals(List.of(), cp.resolve(Kind.RESOURCE, "com/acme"), "a directory is no resource");
            assertNull(cp.hashed(0, "com/acme/Missing.class"));
        }
    }

    @Test
    void aMultiReleaseJarIsReadForTheForksJavaVersion() throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MULTI_RELEASE, "true");
        Path multi = f.jar("multi.jar", manifest, files("com/acme/Codec.class", "codec for any Java",
                "META-INF/versions/17/com/acme/Codec.class", "codec for Java 17"));
        List<Path> cp = f.classpath(multi);
        try (ClasspathFiles java17 = new ClasspathFiles(cp, 2, 17); ClasspathFiles java11 = new ClasspathFiles(cp, 2, 11)) {
            assertEquals(List.of(hash("codec for Java 17")), java17.resolve(Kind.CLASS, "com/acme/Codec.class"));
            assertEquals(List.of(hash("codec for any Java")), java11.resolve(Kind.CLASS, "com/acme/Codec.class"));
        }
    }

    @Test
    void aCorruptJarThrows() throws Exception {
        Path corrupt = tmp.resolve("corrupt.jar");
        Files.write(corrupt, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 0});
        try (ClasspathFiles cp = over(classes, corrupt)) {
            assertThrows(IOException.class, () -> cp.resolve(Kind.CLASS, "org/dep/Lib.class"));
            // the first entry has it: the jar behind it is not opened, as a class loader would not
            assertEquals(List.of(hash("codec in classes")), cp.resolve(Kind.CLASS, "com/acme/Codec.class"));
        }
    }

    @Test
    void anEntryThatDoesNotExistIsSkippedAsTheJvmSkipsIt() throws Exception {
        try (ClasspathFiles cp = over(tmp.resolve("not-built-yet.jar"), tmp.resolve("no-such-dir"), jar)) {
            assertEquals(List.of(hash("codec in the jar")), cp.resolve(Kind.CLASS, "com/acme/Codec.class"));
        }
    }

    @Test
    void aFilesTimeIsItsOwnInADirectoryAndTheJarsInAJar() throws Exception {
        Files.setLastModifiedTime(classes.resolve("com/acme/Codec.class"),
                FileTime.fromMillis(1_000_000));
        try (ClasspathFiles cp = over(classes, jar)) {
            assertEquals(FileTime.fromMillis(1_000_000),
                    cp.hashed(0, "com/acme/Codec.class").modified());
            assertEquals(Files.getLastModifiedTime(jar), cp.hashed(1, "com/acme/Codec.class").modified());
        }
    }
}
