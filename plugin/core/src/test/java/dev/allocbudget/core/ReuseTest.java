package dev.allocbudget.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.core.model.CheckListener;
import dev.allocbudget.core.model.CheckOutcome;
import dev.allocbudget.core.model.KeyChange;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.Reuse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The result store with real forks: what a method's forks load decides whether its figures are reused, however they
 * load it (by name through reflection, as a {@code ServiceLoader} provider, as a lambda's target, as a resource, from
 * a dependency's jar), and so do the forks' flags and the JDK. Each change re-measures exactly the methods whose
 * forks loaded what changed, and says why.
 */
class ReuseTest {
    private static final Path JDK25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");

    @TempDir
    Path dir;
    private Path main;
    private Path tests;
    private Path dependency;

    @BeforeEach
    void project() throws IOException {
        main = dir.resolve("classes");
        tests = dir.resolve("test-classes");
        dependency = dir.resolve("dep.jar");
        write("lib/Hidden.java", "package lib; public class Hidden { public Object make() { return new int[2]; } }");
        write("lib/Spi.java", "package lib; public interface Spi { Object make(); }");
        write("lib/Impl.java", "package lib; public class Impl implements Spi { public Object make() { return new int[3]; } }");
        write("lib/Lambdas.java", "package lib; import java.util.function.Supplier;"
                + " public class Lambdas { public static Supplier<Object> supplier() { return () -> new int[4]; } }");
        compile(main, "lib/Hidden.java", "lib/Spi.java", "lib/Impl.java", "lib/Lambdas.java");
        Files.createDirectories(main.resolve("META-INF/services"));
        Files.writeString(main.resolve("META-INF/services/lib.Spi"), "lib.Impl\n");
        Files.writeString(main.resolve("lib/data.txt"), "5");
        dependencyJar("1");
        budget("ReflectiveBudget", "private final Object made = make();"
                + " private static Object make() { try { return ((lib.Hidden) Class.forName(\"lib.Hidden\")"
                + ".getDeclaredConstructor().newInstance()).make(); } catch (Exception e) { throw new IllegalStateException(e); } }"
                + " @AllocationBudget public Object get() { return made; }");
        budget("ServiceBudget", "private final lib.Spi spi = java.util.ServiceLoader.load(lib.Spi.class).findFirst().orElseThrow();"
                + " @AllocationBudget public Object get() { return spi.make(); }");
        budget("LambdaBudget", "private final java.util.function.Supplier<Object> s = lib.Lambdas.supplier();"
                + " @AllocationBudget public Object get() { return s.get(); }");
        budget("ResourceBudget", "private final int n = read();"
                + " private static int read() { try (java.io.InputStream in = ResourceBudget.class.getResourceAsStream(\"/lib/data.txt\")) {"
                + " return Integer.parseInt(new String(in.readAllBytes()).trim()); } catch (Exception e) { throw new IllegalStateException(e); } }"
                + " @AllocationBudget public Object get() { return new byte[n]; }");
        budget("DependencyBudget", "@AllocationBudget public Object get() { return dep.Dep.make(); }");
        budget("PlainBudget", "@AllocationBudget public long get() { return System.nanoTime(); }");
    }

    @Test
    void aChangeReMeasuresExactlyTheMethodsWhoseForksLoadedWhatChanged() throws Exception {
        Map<String, Reuse> first = reuse(check(List.of(), null));
        assertEquals(6, first.size());
        first.values().forEach(r -> assertEquals(Reuse.MEASURED, r, "the first build measures everything"));
        reuse(check(List.of(), null)).values().forEach(r -> assertEquals(Reuse.REUSED, r, "nothing changed"));

        write("lib/Hidden.java", "package lib; public class Hidden { public Object make() { return new int[20]; } }");
        compile(main, "lib/Hidden.java");
        assertChanged(check(List.of(), null), "ReflectiveBudget", KeyChange.Kind.CLASS_CHANGED, "lib.Hidden");

        write("lib/Impl.java", "package lib; public class Impl implements Spi { public Object make() { return new int[30]; } }");
        compile(main, "lib/Impl.java");
        assertChanged(check(List.of(), null), "ServiceBudget", KeyChange.Kind.CLASS_CHANGED, "lib.Impl");

        write("lib/Other.java", "package lib; public class Other implements Spi { public Object make() { return null; } }");
        compile(main, "lib/Other.java");
        Files.writeString(main.resolve("META-INF/services/lib.Spi"), "lib.Other\nlib.Impl\n");
        assertChanged(check(List.of(), null), "ServiceBudget", KeyChange.Kind.RESOURCE_CHANGED,
                "META-INF/services/lib.Spi");

        write("lib/Lambdas.java", "package lib; import java.util.function.Supplier;"
                + " public class Lambdas { public static Supplier<Object> supplier() { return () -> new int[40]; } }");
        compile(main, "lib/Lambdas.java");
        assertChanged(check(List.of(), null), "LambdaBudget", KeyChange.Kind.CLASS_CHANGED, "lib.Lambdas");

        Files.writeString(main.resolve("lib/data.txt"), "50");
        assertChanged(check(List.of(), null), "ResourceBudget", KeyChange.Kind.RESOURCE_CHANGED, "lib/data.txt");

        dependencyJar("2");
        assertChanged(check(List.of(), null), "DependencyBudget", KeyChange.Kind.CLASS_CHANGED, "dep.Dep");
    }

    @Test
    void theForksFlagsAndTheJdkAreInputsOfEveryMethod() throws Exception {
        check(List.of(), null);
        everyMethodMeasuredAgain(check(List.of("-Xss2m"), null), KeyChange.Kind.JVM_FLAGS);
        reuse(check(List.of("-Xss2m"), null)).values().forEach(r -> assertEquals(Reuse.REUSED, r));
        assumeTrue(Files.isExecutable(JDK25), "no JDK 25 at " + JDK25);
        everyMethodMeasuredAgain(check(List.of("-Xss2m"), JDK25), KeyChange.Kind.JDK);
    }

    private void everyMethodMeasuredAgain(CheckOutcome outcome, KeyChange.Kind why) {
        reuse(outcome).forEach((id, r) -> {
            assertTrue(!r.reused() && r.measuredAgain() != null && r.measuredAgain().kind() == why, id + ": " + r);
        });
    }

    private void assertChanged(CheckOutcome outcome, String measuredAgain, KeyChange.Kind kind, String subject) {
        reuse(outcome).forEach((id, r) -> {
            if (id.startsWith("budgets." + measuredAgain + "#")) {
                assertEquals(new Reuse(false, new KeyChange(kind, subject, null, null)), r, id);
            } else {
                assertEquals(Reuse.REUSED, r, id + " loaded nothing that changed");
            }
        });
    }

    private static Map<String, Reuse> reuse(CheckOutcome outcome) {
        Map<String, Reuse> reuse = new TreeMap<>();
        for (MethodResult r : outcome.results()) {
            assertTrue(r instanceof MethodResult.Measured, r.toString());
            reuse.put(r.id().toString(), ((MethodResult.Measured) r).reuse());
        }
        return reuse;
    }

    /** The project's class path as Maven gives it: the annotations are a test dependency, before the plugin's copy. */
    private CheckOutcome check(List<String> jvmArgs, Path java) throws Exception {
        writtenAMomentAgo();
        CheckRequest.Builder request = CheckRequest.builder().compileOrders("one").projectDir(dir).testClassesDir(tests)
                .classpath(List.of(tests, main, dependency, TestPaths.codeSource(AllocationBudget.class))).reportDir(dir.resolve("report"))
                .storeDir(dir.resolve("store")).jvmArgs(jvmArgs).forks(2).pluginVersion("test");
        if (java != null) {
            request.java(java);
        }
        return new AllocationCheck(request.build(), new CheckListener() {}).run();
    }

    /**
     * Dates what the fixture just wrote a second back, as a build's compile step runs a moment before its check:
     * a file written within the store's slack before a fork started is not trusted to be what the fork read
     * (NotStoredTest), and these checks start their forks within milliseconds of writing.
     */
    private void writtenAMomentAgo() throws IOException {
        FileTime momentAgo = FileTime.from(Instant.now().minusSeconds(1));
        try (Stream<Path> files = Stream.of(main, tests, dependency).flatMap(ReuseTest::walk)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).compareTo(momentAgo) > 0) {
                    Files.setLastModifiedTime(file, momentAgo);
                }
            }
        }
    }

    private static Stream<Path> walk(Path p) {
        try {
            return Files.walk(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void budget(String name, String body) throws IOException {
        write("budgets/" + name + ".java", "package budgets; import dev.allocbudget.AllocationBudget;"
                + " public class " + name + " { " + body + " }");
        compile(tests, "budgets/" + name + ".java");
    }

    private void dependencyJar(String version) throws IOException {
        Path classes = dir.resolve("dep-" + version);
        write("dep/Dep.java", "package dep; public class Dep { public static Object make() { return \"" + version
                + "\".repeat(" + version + "); } }");
        compile(classes, "dep/Dep.java");
        try (OutputStream out = Files.newOutputStream(dependency); JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new JarEntry("dep/Dep.class"));
            jar.write(Files.readAllBytes(classes.resolve("dep/Dep.class")));
            jar.closeEntry();
        }
    }

    private void write(String source, String text) throws IOException {
        Path file = dir.resolve("src").resolve(source);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private void compile(Path out, String... sources) throws IOException {
        Files.createDirectories(out);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-cp", String.join(java.io.File.pathSeparator,
                main.toString(), dependency.toString(), TestPaths.codeSource(AllocationBudget.class).toString()),
                "--release", "17"));
        for (String source : sources) {
            args.add(dir.resolve("src").resolve(source).toString());
        }
        assertEquals(0, javac.run(null, null, null, args.toArray(new String[0])), "the fixture compiles");
    }
}
