package dev.allocbudget.core.fork;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.runner.ForkedMain;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The class paths of the forks: the project's test class path first, so that the project's own copy of anything
 * wins, then the runner and the annotations; for JMH's JVMs, JMH and the generated benchmarks before all of them.
 */
final class ForkClasspath {
    private final List<Path> testClasspath;

    ForkClasspath(List<Path> testClasspath) {
        this.testClasspath = testClasspath;
    }

    /**
     * A JVM's {@code -cp}: {@code first} (for a JMH JVM, the generated benchmarks and JMH), then the check fork's
     * entries ({@link #entries()}).
     */
    String of(List<Path> first) {
        List<String> entries = new ArrayList<>();
        first.forEach(p -> entries.add(p.toString()));
        entries.addAll(entries());
        return String.join(File.pathSeparator, entries);
    }

    /** A check fork's class path entries, in order: the test class path, the runner, the annotations. */
    List<String> entries() {
        return paths().stream().map(Path::toString).toList();
    }

    /** The same, as paths. The plugin's own entries come last: {@link ForkLauncher#PLUGIN_ENTRIES} of them. */
    List<Path> paths() {
        List<Path> entries = new ArrayList<>(testClasspath);
        entries.add(codeSource(ForkedMain.class));
        entries.add(codeSource(AllocationBudget.class));
        return entries;
    }

    static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the jar of " + type.getName(), e);
        }
    }
}
