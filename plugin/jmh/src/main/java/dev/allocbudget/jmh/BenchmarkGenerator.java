package dev.allocbudget.jmh;

import dev.allocbudget.runner.protocol.Event;
import dev.allocbudget.runner.protocol.EventWriter;
import dev.allocbudget.runner.protocol.MethodId;
import dev.allocbudget.runner.shape.BudgetMethods;
import dev.allocbudget.runner.shape.JavaBudgets;
import dev.allocbudget.runner.shape.ThrownText;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Turns budget methods into JMH benchmarks without any set-up in the user's project. A method that already carries
 * {@code @Benchmark} is run as the user wrote it (its class, with its {@code @State}, {@code @Setup} and
 * {@code @Param}, goes through JMH's annotation processor as a compiled class). Any other budget method gets a
 * generated wrapper whose {@code @Benchmark} method calls it directly, as the check's measuring loop does, so the
 * method sits one call below JMH's loop in both. javac runs here, in a forked JVM, never in Maven's.
 */
final class BenchmarkGenerator {
    private static final String JMH = "org.openjdk.jmh.annotations.";
    private static final String PROCESSOR = "org.openjdk.jmh.generators.BenchmarkProcessor";

    private BenchmarkGenerator() {}

    /**
     * Generates and compiles a benchmark per method, and says which runs each ({@code jmh-benchmark}). A wrapper
     * that JMH or javac refuses (a class in the default package, say) is left out and said ({@code jmh-refused}),
     * so that one method JMH cannot run does not take JMH from the others.
     */
    static void prepare(EventWriter out, Path workDir, List<MethodId> ids) throws Exception {
        Path sources = Files.createDirectories(workDir.resolve("wrappers"));
        ClassLoader loader = BenchmarkGenerator.class.getClassLoader();
        Map<Path, MethodId> wrappers = new LinkedHashMap<>();
        Map<MethodId, String> benchmarks = new LinkedHashMap<>();
        Set<String> userBenchmarks = new LinkedHashSet<>();
        for (MethodId id : ids) {
            Method method = resolve(id, loader);
            Class<?> type = method.getDeclaringClass();
            String benchmark;
            if (has(method.getAnnotations(), JMH + "Benchmark")) {
                userBenchmarks.add(type.getName());
                benchmark = type.getCanonicalName() + "." + method.getName();
            } else {
                String wrapper = wrapperName(method);
                Path file = sources.resolve(type.getPackageName().replace('.', '/')).resolve(wrapper + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, wrapperSource(method, wrapper), StandardCharsets.UTF_8);
                wrappers.put(file.toAbsolutePath().normalize(), id);
                benchmark = qualified(type.getPackageName(), wrapper) + "." + method.getName();
            }
            benchmarks.put(id, "^" + Pattern.quote(benchmark) + "$");
        }
        Map<MethodId, String> refused = new LinkedHashMap<>();
        Map<Path, List<String>> errors = compile(wrappers.keySet(), userBenchmarks, workDir);
        while (!errors.isEmpty()) {
            if (!wrappers.keySet().containsAll(errors.keySet())) {
                throw new IllegalStateException("generating the JMH benchmarks failed:\n" + errors.values().stream()
                        .flatMap(List::stream).limit(10).collect(Collectors.joining("\n")));
            }
            errors.forEach((wrapper, messages) -> refused.put(wrappers.remove(wrapper),
                    String.join("\n", messages.stream().distinct().toList())));
            errors = wrappers.isEmpty() && userBenchmarks.isEmpty() ? Map.of()
                    : compile(wrappers.keySet(), userBenchmarks, workDir);
        }
        for (Map.Entry<MethodId, String> benchmark : benchmarks.entrySet()) {
            String why = refused.get(benchmark.getKey());
            out.write(why == null ? new Event.JmhBenchmark(benchmark.getKey(), benchmark.getValue())
                    : new Event.JmhRefused(benchmark.getKey(), why));
        }
    }

    /** {@code com.acme.Codec#encode} to the annotated method (ids with a {@code [params]} suffix name their base). */
    static Method resolve(MethodId id, ClassLoader loader) throws ClassNotFoundException {
        String name = id.method();
        Class<?> type = Class.forName(id.className(), false, loader);
        // one budget, or several (per Java version) in the repeatable annotation's container
        return BudgetMethods.annotated(type.getDeclaredMethods()).stream()
                .filter(m -> m.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no @AllocationBudget method " + name + " in " + type));
    }

    /**
     * The budget's {@code threads} on this Java: above 1, the wrapper is one {@code Scope.Benchmark} state that every
     * thread calls the method on, as the check does (JMH's {@code -t N} on one shared instance).
     */
    private static int threads(Method method) {
        JavaBudgets.Choice choice = JavaBudgets.forJava(method, Runtime.version().feature());
        return choice.budget() == null ? 1 : choice.budget().threads();
    }

    /** {@code Codec_encode_allocbudget}; nested classes joined with {@code _}. */
    static String wrapperName(Method method) {
        String type = method.getDeclaringClass().getName();
        String simple = type.substring(type.lastIndexOf('.') + 1).replace('$', '_');
        return simple + "_" + method.getName() + ThrownText.GENERATED_BENCHMARK;
    }

    /**
     * A {@code @State} class whose {@code @Benchmark} method calls the budget method: on an instance the wrapper
     * creates, or, when the method's class is itself a JMH {@code @State}, on the instance JMH injects (so its
     * {@code @Param} and {@code @Setup} apply). Other parameters ({@code Blackhole}, {@code @State} classes) are
     * passed through for JMH to supply.
     */
    static String wrapperSource(Method method, String wrapper) {
        Class<?> type = method.getDeclaringClass();
        boolean stateTarget = has(type.getAnnotations(), JMH + "State");
        List<String> params = new ArrayList<>();
        List<String> args = new ArrayList<>();
        if (stateTarget) {
            params.add(type.getCanonicalName() + " target");
        }
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            params.add(types[i].getCanonicalName() + " p" + i);
            args.add("p" + i);
        }
        String returnType = method.getReturnType().getCanonicalName();
        String call = "target." + method.getName() + "(" + String.join(", ", args) + ")";
        StringBuilder java = new StringBuilder();
        if (!type.getPackageName().isEmpty()) {
            java.append("package ").append(type.getPackageName()).append(";\n\n");
        }
        java.append("/** Generated by allocbudget: runs ").append(type.getName()).append('#').append(method.getName())
                .append(" under JMH. */\n")
                .append("@org.openjdk.jmh.annotations.State(org.openjdk.jmh.annotations.Scope.")
                .append(threads(method) > 1 ? "Benchmark" : "Thread").append(")\n")
                .append("public class ").append(wrapper).append(" {\n");
        if (!stateTarget) {
            // The budget class's constructor may declare checked exceptions, which a JMH state's constructor (JMH
            // subclasses it) may not: a checked one is passed on as the cause of an unchecked one.
            String name = type.getCanonicalName();
            java.append("    private final ").append(name).append(" target = create();\n\n")
                    .append("    private static ").append(name).append(" create() {\n")
                    .append("        try {\n")
                    .append("            return new ").append(name).append("();\n")
                    .append("        } catch (RuntimeException | Error e) {\n")
                    .append("            throw e;\n")
                    .append("        } catch (Exception e) {\n")
                    .append("            throw new IllegalStateException(e);\n")
                    .append("        }\n    }\n\n");
        }
        java.append("    @org.openjdk.jmh.annotations.Benchmark\n")
                .append("    public ").append(returnType).append(' ').append(method.getName()).append('(')
                // JMH lets a benchmark throw; the budget method may declare checked exceptions (IOException)
                .append(String.join(", ", params)).append(") throws Throwable {\n")
                .append("        ").append(method.getReturnType() == void.class ? "" : "return ").append(call)
                .append(";\n    }\n}\n");
        return java.toString();
    }

    /**
     * Compiles the wrappers and runs JMH's annotation processor over them and over the user's compiled benchmark
     * classes (javac processes classes named by binary name as well as sources), into a fresh {@code classes}
     * directory. Returns the errors by the file they are in (none when it compiled); an error in no file is filed
     * under the work directory.
     */
    private static Map<Path, List<String>> compile(Collection<Path> wrappers, Set<String> userBenchmarks,
            Path workDir) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("the forked JVM has no Java compiler (" + System.getProperty("java.home")
                    + " is a JRE); JMH mode needs a JDK: set allocbudget.jvm to a JDK's java");
        }
        Path generated = emptyDirectory(workDir.resolve("generated"));
        Path classes = emptyDirectory(workDir.resolve("classes"));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", classes.toString(), "-s", generated.toString(),
                    "-cp", System.getProperty("java.class.path"), "-processor", PROCESSOR, "-implicit:class",
                    "-encoding", "UTF-8", "-nowarn", "-Xlint:none");
            if (javac.getTask(null, files, diagnostics, options, userBenchmarks,
                    files.getJavaFileObjectsFromPaths(wrappers)).call()) {
                return Map.of();
            }
        }
        Map<Path, List<String>> errors = new LinkedHashMap<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                Path file = d.getSource() == null ? workDir
                        : Path.of(d.getSource().toUri()).toAbsolutePath().normalize();
                errors.computeIfAbsent(file, f -> new ArrayList<>()).add(d.getMessage(Locale.ROOT));
            }
        }
        if (errors.isEmpty()) {
            errors.put(workDir, List.of("javac failed without an error message"));
        }
        return errors;
    }

    private static Path emptyDirectory(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> old = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) old.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    private static String qualified(String pkg, String simple) {
        return pkg.isEmpty() ? simple : pkg + "." + simple;
    }

    static boolean has(Annotation[] annotations, String type) {
        return Arrays.stream(annotations).anyMatch(a -> a.annotationType().getName().equals(type));
    }
}
