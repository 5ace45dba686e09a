package dev.allocbudget.core.fork;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.jmh.JmhMain;
import dev.allocbudget.runner.ForkedMain;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The class paths of the forks: the project's test class path, the runner, and for JMH's JVMs, JMH. */
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

    /**
     * The JMH driver and the JMH version it was built with, ahead of the project's test classpath: a project with
     * an older JMH of its own runs on ours (JMH's annotations have not changed in years; its internals have).
     */
    static List<Path> jmh() {
        List<Path> jars = new ArrayList<>(List.of(codeSource(JmhMain.class)));
        for (String name : List.of("org.openjdk.jmh.runner.Runner", "org.openjdk.jmh.generators.BenchmarkProcessor",
                "joptsimple.OptionParser", "org.apache.commons.math3.stat.descriptive.SummaryStatistics")) {
            try {
                jars.add(codeSource(Class.forName(name, false, ForkClasspath.class.getClassLoader())));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("the plugin's JMH is incomplete: " + name + " is missing", e);
            }
        }
        return jars;
    }

    static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the jar of " + type.getName(), e);
        }
    }
}
