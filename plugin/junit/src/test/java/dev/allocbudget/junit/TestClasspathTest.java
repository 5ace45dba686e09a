package dev.allocbudget.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forks' class path, from each way launchers hand the test class path to the test JVM. */
class TestClasspathTest {
    @TempDir
    Path dir;

    private Path dir(String name) throws IOException {
        return Files.createDirectories(dir.resolve(name));
    }

    private Path jar(String name, String classPath) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (classPath != null) {
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        }
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            j.flush();
        }
        return jar;
    }

    @Test
    void aPlainClassPathIsTakenAsGivenAfterTheClassRoots() throws IOException {
        Path tests = dir("test-classes");
        Path main = dir("classes");
        Path lib = jar("lib.jar", null);
        String classPath = String.join(File.pathSeparator, main.toString(), tests.toString(), lib.toString(),
                dir.resolve("missing.jar").toString());
        assertEquals(List.of(tests, main, lib), TestClasspath.of(List.of(tests), classPath, null, null));
    }

    @Test
    void aManifestOnlyJarIsExpandedWithRelativeAndAbsoluteEntries() throws IOException {
        Path tests = dir("test-classes");
        Path lib = jar("lib with space.jar", null);
        Path other = jar("other.jar", null);
        // as Surefire writes it: relative URIs where it can, absolute file: URIs elsewhere, escaped
        Files.createDirectories(dir.resolve("booter"));
        Path booter = jar("booter/surefirebooter.jar", "../test-classes/ ../lib%20with%20space.jar "
                + other.toUri());
        assertEquals(List.of(tests, booter, lib, other),
                TestClasspath.of(List.of(tests), booter.toString(), null, null));
    }

    @Test
    void theModulePathAndTheTestClassLoadersCountToo() throws IOException {
        Path tests = dir("test-classes");
        Path module = jar("module.jar", null);
        Path loaded = jar("loaded.jar", null);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {loaded.toUri().toURL()}, null)) {
            assertEquals(List.of(tests, module, loaded), TestClasspath.of(List.of(tests), "", module.toString(),
                    loader));
        }
    }
}
