package dev.allocbudget.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.runner.protocol.Event;
import dev.allocbudget.runner.protocol.EventReader;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The JMH-shaped fixtures of src/test/jmh-fixtures, compiled once per test JVM against the real JMH jar (which the
 * build copies to target/jmh; the runner has no JMH dependency, so these cannot live in src/test/java). Tests load
 * them in-process through {@link #loader()}, or run {@link ForkedMain} on them in a forked JVM.
 */
public final class JmhFixtures {
    private static Path classes;
    private static ClassLoader loader;

    private JmhFixtures() {}

    static Path jmhJar() {
        String jar = System.getProperty("allocbudget.test.jmhJar", "target/jmh/jmh-core.jar");
        Path path = Path.of(jar);
        assertTrue(Files.isRegularFile(path), "JMH's jar is missing: " + path + " (the build copies it there)");
        return path;
    }

    static synchronized Path classes() {
        if (classes == null) {
            try {
                Path out = Files.createTempDirectory("jmh-fixtures");
                List<String> args = new ArrayList<>(List.of("-proc:none", "-d", out.toString(), "-cp",
                        jmhJar() + File.pathSeparator + codeSource(AllocationBudget.class)));
                try (Stream<Path> sources = Files.walk(Path.of("src/test/jmh-fixtures"))) {
                    sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
                }
                JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
                assertEquals(0, javac.run(null, null, null, args.toArray(new String[0])), "fixtures compile");
                classes = out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return classes;
    }

    /** A loader of the fixtures and JMH, below the test's own (so runner classes are shared). */
    public static synchronized ClassLoader loader() {
        if (loader == null) {
            try {
                loader = new URLClassLoader(new URL[] {classes().toUri().toURL(), jmhJar().toUri().toURL()},
                        JmhFixtures.class.getClassLoader());
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
        return loader;
    }

    public static Class<?> load(String simpleName) throws ClassNotFoundException {
        return Class.forName("jmhfixtures." + simpleName, false, loader());
    }

    /**
     * Runs {@code ForkedMain mode EVENTS command} in a JVM of its own on the fixtures, JMH, the runner and the
     * annotations (with the flags the plugin gives its forks) and returns its events, {@code bye} removed.
     */
    static List<Event> fork(List<String> jvmFlags, String mode, String command) throws Exception {
        Path events = Files.createTempFile("jmh-fixtures", ".events");
        List<String> arguments = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        arguments.addAll(ForkedMain.JVM_FLAGS);
        arguments.addAll(jvmFlags);
        arguments.addAll(List.of("-cp", String.join(File.pathSeparator, classes().toString(), jmhJar().toString(),
                codeSource(ForkedMain.class).toString(), codeSource(AllocationBudget.class).toString()),
                ForkedMain.class.getName(), mode, events.toString(), command));
        Process process = new ProcessBuilder(arguments).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertEquals(0, process.waitFor(), "fork exit code");
        List<Event> written = EventReader.read(events);
        Files.delete(events);
        assertEquals(new Event.Bye(), written.get(written.size() - 1));
        return written.subList(0, written.size() - 1);
    }

    static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
