package dev.allocbudget.core;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The code this build's methods are compared with, measured in the same run: the module's main classes from a
 * released version, a jar, or a classes directory. The budget methods (this build's test classes) run once with this
 * build's main classes and once with these, everything else on the class path the same.
 *
 * @param name     as the user named it (a version such as {@code 1.4.0}, or a path), for the messages
 * @param location the jar or classes directory that takes the place of the module's main classes
 */
public record Reference(String name, Path location) {

    /** The newest Java feature version any class of the reference is compiled for; 0 when it holds no class. */
    public int newestJava() throws IOException {
        int newest = 0;
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                    try (InputStream in = Files.newInputStream(p)) {
                        newest = Math.max(newest, javaOf(in));
                    }
                }
            }
            return newest;
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            for (Enumeration<java.util.jar.JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                java.util.jar.JarEntry entry = e.nextElement();
                // a multi-release jar's newer copies run only on the newer JVMs they are for
                if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        newest = Math.max(newest, javaOf(in));
                    }
                }
            }
        }
        return newest;
    }

    /** The Java version of a class file: its major version less 44. */
    private static int javaOf(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        in.readInt(); // magic
        in.readUnsignedShort(); // minor
        return in.readUnsignedShort() - 44;
    }
}
