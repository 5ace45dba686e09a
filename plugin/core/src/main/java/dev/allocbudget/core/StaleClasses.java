package dev.allocbudget.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Sources changed after they were compiled. A goal that does not compile first ({@code mvn allocbudget:check} on
 * its own) would measure the classes of before the change, and report a budget the user already changed.
 */
public final class StaleClasses {
    private StaleClasses() {}

    /**
     * The {@code .java} files under {@code sourceRoot} that are newer than their class file in {@code classesDir},
     * in path order. A source without a class file of its name (a {@code package-info}, a file whose classes have
     * other names) is not judged: nothing says which classes it should have produced.
     */
    public static List<Path> in(Path sourceRoot, Path classesDir) throws IOException {
        if (!Files.isDirectory(sourceRoot) || !Files.isDirectory(classesDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted()
                    .filter(source -> newerThanItsClass(source, classFile(sourceRoot, source, classesDir)))
                    .toList();
        }
    }

    private static Path classFile(Path sourceRoot, Path source, Path classesDir) {
        String relative = sourceRoot.relativize(source).toString();
        return classesDir.resolve(relative.substring(0, relative.length() - ".java".length()) + ".class");
    }

    private static boolean newerThanItsClass(Path source, Path classFile) {
        try {
            return Files.isRegularFile(classFile)
                    && Files.getLastModifiedTime(source).compareTo(Files.getLastModifiedTime(classFile)) > 0;
        } catch (IOException e) {
            return false; // gone since the walk: nothing to compare
        }
    }
}
