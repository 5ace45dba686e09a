package dev.allocbudget.core.fork;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.runner.ForkedMain;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The class paths of the forks: the project's test class path, the runner, and for JMH's JVMs, JMH first. */
final class ForkClasspath {
    private final List<Path> testClasspath;

    ForkClasspath(List<Path> testClasspath) {
        this.testClasspath = testClasspath;
    }

    /**
     * Test classpath first, so the project's own copy of anything wins; then the runner and the annotations. Only
     * {@code first} (JMH's generated benchmarks and the JMH the plugin brings) comes before it.
     */
    String of(List<Path> first) {
        List<String> entries = new ArrayList<>();
        first.forEach(p -> entries.add(p.toString()));
        testClasspath.forEach(p -> entries.add(p.toString()));
        entries.add(codeSource(ForkedMain.class).toString());
        entries.add(codeSource(AllocationBudget.class).toString());
        return String.join(File.pathSeparator, entries);
    }

    static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the jar of " + type.getName(), e);
        }
    }
}
