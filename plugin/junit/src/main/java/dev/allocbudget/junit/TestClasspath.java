package dev.allocbudget.junit;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The test class path the forks need, found from the test JVM however the launcher built it:
 * <ul>
 * <li>{@code java.class.path}, which holds the whole path when it was given plainly (Eclipse, the console launcher,
 * Surefire without its manifest-only jar) or in an {@code @argfile} (Surefire, IntelliJ IDEA: the JVM expands it);
 * <li>the {@code Class-Path} of any jar's manifest on it, which is where the path is when a launcher shortens it
 * with a manifest-only jar (Surefire's default {@code surefirebooter.jar}, IntelliJ's "JAR manifest");
 * <li>{@code jdk.module.path}, when a launcher puts the tests on the module path;
 * <li>the URLs of the class loaders that loaded the tests, when a launcher loads them itself (IntelliJ's "classpath
 * file");
 * <li>and first of all the directories the selected budget classes were compiled into.
 * </ul>
 * Entries that do not exist are left out. The order is kept, so the project's classes come before its jars.
 */
final class TestClasspath {
    private final Set<Path> entries = new LinkedHashSet<>();

    private TestClasspath() {}

    static List<Path> of(Collection<Path> classRoots, ClassLoader testLoader) {
        return of(classRoots, System.getProperty("java.class.path"), System.getProperty("jdk.module.path"),
                testLoader);
    }

    static List<Path> of(Collection<Path> classRoots, String classPath, String modulePath, ClassLoader testLoader) {
        TestClasspath path = new TestClasspath();
        classRoots.forEach(path::add);
        path.addAll(classPath);
        path.addAll(modulePath);
        List<ClassLoader> loaders = new ArrayList<>();
        for (ClassLoader l = testLoader; l != null; l = l.getParent()) {
            loaders.add(0, l); // parents first, as they are searched first
        }
        for (ClassLoader loader : loaders) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    path.add(url);
                }
            }
        }
        return List.copyOf(path.entries);
    }

    private void addAll(String classpath) {
        if (classpath == null || classpath.isBlank()) {
            return;
        }
        for (String entry : classpath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                try {
                    add(Path.of(entry).toAbsolutePath().normalize());
                } catch (InvalidPathException e) {
                    // not a file: nothing a fork could use
                }
            }
        }
    }

    private void add(URL url) {
        if ("file".equals(url.getProtocol())) {
            try {
                add(Path.of(url.toURI()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                // not a file: nothing a fork could use
            }
        }
    }

    private void add(Path entry) {
        if (!Files.exists(entry) || !entries.add(entry)) {
            return;
        }
        if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
            addManifestClassPath(entry);
        }
    }

    /** A manifest's {@code Class-Path}: space-separated URLs, relative to the jar's directory or absolute. */
    private void addManifestClassPath(Path jar) {
        String classPath;
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            classPath = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
        } catch (IOException e) {
            return; // not a jar the JVM could read either
        }
        if (classPath == null) {
            return;
        }
        URI base = jar.toAbsolutePath().getParent().toUri();
        for (String reference : classPath.trim().split("\\s+")) {
            try {
                URI uri = base.resolve(new URI(reference));
                if ("file".equals(uri.getScheme())) {
                    add(Path.of(uri));
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                // an entry the JVM would skip too
            }
        }
    }
}
