package dev.allocbudget.core.fork;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.runner.ForkedMain;
import dev.allocbudget.runner.load.RecordingClassLoader;
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

    /** A JMH JVM's {@code -cp}: {@code first} (the generated benchmarks and JMH), then as a check fork's. */
    String of(List<Path> first) {
        List<String> entries = new ArrayList<>();
        first.forEach(p -> entries.add(p.toString()));
        entries.addAll(checkFork());
        return String.join(File.pathSeparator, entries);
    }

    /**
     * A check fork's flags for its class path: the {@link RecordingClassLoader} as its system class loader over the
     * test class path, the runner and the annotations (it records what the fork looks up there), and {@code -cp} the
     * runner alone, from which the JVM loads that class loader.
     */
    List<String> recording() {
        return List.of("-Djava.system.class.loader=" + RecordingClassLoader.class.getName(),
                "-D" + RecordingClassLoader.CLASSPATH + "=" + String.join(File.pathSeparator, checkFork()),
                "-D" + RecordingClassLoader.PLUGIN_ENTRIES + "=2",
                "-cp", codeSource(ForkedMain.class).toString());
    }

    private List<String> checkFork() {
        List<String> entries = new ArrayList<>();
        testClasspath.forEach(p -> entries.add(p.toString()));
        entries.add(codeSource(ForkedMain.class).toString());
        entries.add(codeSource(AllocationBudget.class).toString());
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
