package dev.allocbudget.runner.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.allocbudget.runner.shapes.Overloads;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the recording class loader records: every name looked up on the class path, found or not, with its entries. */
class RecordingClassLoaderTest {
    @TempDir
    Path dir;

    @Test
    void recordsEachLookupWithTheEntriesItWasFoundIn() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path plugin = Files.createDirectories(dir.resolve("plugin"));
        Path library = Files.createDirectories(dir.resolve("library"));
        String classFile = Overloads.class.getName().replace('.', '/') + ".class";
        try (InputStream in = Overloads.class.getClassLoader().getResourceAsStream(classFile)) {
            Files.createDirectories(project.resolve(classFile).getParent());
            Files.write(project.resolve(classFile), in.readAllBytes());
        }
        Files.writeString(project.resolve("a.txt"), "a");
        Files.writeString(plugin.resolve("plugin-only.txt"), "p");
        for (Path entry : List.of(project, plugin, library)) {
            Files.writeString(entry.resolve("every.txt"), "e");
        }
        RecordingClassLoader loader = new RecordingClassLoader(List.of(project, plugin, library), Set.of(1),
                ClassLoader.getSystemClassLoader());

        Class<?> loaded = loader.loadClass(Overloads.class.getName());
        assertSame(loader, loaded.getClassLoader());
        assertSame(String.class, loader.loadClass("java.lang.String")); // the JDK's: not recorded
        assertThrows(ClassNotFoundException.class, () -> loader.loadClass("com.example.Missing"));
        assertNotNull(loader.getResource("a.txt"));
        assertNotNull(loader.getResource("plugin-only.txt"));
        assertEquals(null, loader.getResource("missing.txt"));
        assertEquals(3, Collections.list(loader.getResources("every.txt")).size());
        assertEquals(0, Collections.list(loader.getResources("none.txt")).size());
        loader.loadClass(Overloads.class.getName()); // a second look-up changes nothing
        loader.getResource("a.txt");

        assertEquals(List.of(
                new Lookup(Lookup.Kind.CLASS, "com/example/Missing.class", List.of()),
                new Lookup(Lookup.Kind.CLASS, classFile, List.of(0)),
                new Lookup(Lookup.Kind.RESOURCE, "a.txt", List.of(0)),
                new Lookup(Lookup.Kind.RESOURCE, "missing.txt", List.of()),
                // plugin-only.txt: found in the plugin's entry, keyed by the plugin's version
                new Lookup(Lookup.Kind.RESOURCES, "every.txt", List.of(0, 2)),
                new Lookup(Lookup.Kind.RESOURCES, "none.txt", List.of())),
                loader.lookups());
    }

    @Test
    void aClassOfThePluginsEntriesIsLeftOut() throws Exception {
        Path plugin = Files.createDirectories(dir.resolve("plugin"));
        String classFile = Overloads.class.getName().replace('.', '/') + ".class";
        try (InputStream in = Overloads.class.getClassLoader().getResourceAsStream(classFile)) {
            Files.createDirectories(plugin.resolve(classFile).getParent());
            Files.write(plugin.resolve(classFile), in.readAllBytes());
        }
        RecordingClassLoader loader = new RecordingClassLoader(List.of(plugin), Set.of(0),
                ClassLoader.getSystemClassLoader());
        loader.loadClass(Overloads.class.getName());
        assertEquals(List.of(), loader.lookups());
    }
}
