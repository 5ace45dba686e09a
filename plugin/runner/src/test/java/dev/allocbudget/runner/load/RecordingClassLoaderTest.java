package dev.allocbudget.runner.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a fork's class loader records of its look-ups: the store's key for everything the fork reached by name. */
class RecordingClassLoaderTest {
    @TempDir
    Path dir;

    /** A class path of two entries, the project's then the plugin's (index 1), each with classes and resources. */
    private RecordingClassLoader loader() throws Exception {
        Path project = dir.resolve("project");
        Path plugin = dir.resolve("plugin");
        compile(project, "package demo; public class Codec { }");
        compile(plugin, "package other; public class InPluginOnly { }");
        resource(project, "META-INF/services/x.Plugin", "demo.A");
        resource(plugin, "META-INF/services/x.Plugin", "other.B");
        resource(plugin, "only-in-plugin.properties", "a=b");
        return new RecordingClassLoader(List.of(project, plugin), Set.of(1), ClassLoader.getSystemClassLoader());
    }

    private void compile(Path out, String source) throws Exception {
        String name = source.replaceAll("(?s)^package (\\w+);.*class (\\w+).*", "$1/$2");
        Path file = dir.resolve("src").resolve(name + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", out.toString(),
                file.toString()));
    }

    private static void resource(Path entry, String name, String content) throws Exception {
        Files.createDirectories(entry.resolve(name).getParent());
        Files.writeString(entry.resolve(name), content);
    }

    @Test
    void eachNameIsRecordedWithTheProjectsEntriesThatHaveIt() throws Exception {
        try (RecordingClassLoader loader = loader()) {
            loader.loadClass("demo.Codec");
            Collections.list(loader.getResources("META-INF/services/x.Plugin"));
            assertEquals(List.of(new Lookup(Lookup.Kind.CLASS, "demo/Codec.class", List.of(0)),
                    new Lookup(Lookup.Kind.RESOURCES, "META-INF/services/x.Plugin", List.of(0))), loader.lookups());
        }
    }

    @Test
    void aNameFoundOnlyInThePluginsEntriesIsRecordedAsInNoProjectEntry() throws Exception {
        // the store then checks that no project entry has it now: one that adds it would take it over
        try (RecordingClassLoader loader = loader()) {
            loader.loadClass("other.InPluginOnly");
            loader.getResource("only-in-plugin.properties");
            assertEquals(List.of(new Lookup(Lookup.Kind.CLASS, "other/InPluginOnly.class", List.of()),
                    new Lookup(Lookup.Kind.RESOURCE, "only-in-plugin.properties", List.of())), loader.lookups());
        }
    }

    @Test
    void aNameFoundNowhereIsRecordedToo() throws Exception {
        try (RecordingClassLoader loader = loader()) {
            try {
                loader.loadClass("demo.Missing");
            } catch (ClassNotFoundException expected) {
                // an optional dependency probed by name
            }
            loader.getResource("missing.txt");
            assertEquals(List.of(new Lookup(Lookup.Kind.CLASS, "demo/Missing.class", List.of()),
                    new Lookup(Lookup.Kind.RESOURCE, "missing.txt", List.of())), loader.lookups());
        }
    }

    @Test
    void jdkClassesAndResourcesAreNotRecorded() throws Exception {
        try (RecordingClassLoader loader = loader()) {
            loader.loadClass("java.util.ArrayList");
            loader.getResource("java/lang/Object.class");
            assertEquals(List.of(), loader.lookups());
        }
    }
}
