package dev.allocbudget.runner;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.runner.protocol.Event;
import dev.allocbudget.runner.protocol.EventWriter;
import dev.allocbudget.runner.protocol.MethodId;
import dev.allocbudget.runner.shape.BudgetDeclaration;
import dev.allocbudget.runner.shape.ClassFiles;
import dev.allocbudget.runner.shape.DeclaredBudgets;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the {@code @AllocationBudget} methods among the classes compiled into a test-classes directory, one
 * {@code method} event per row ({@link DeclaredBudgets}). Classes are loaded without being initialised, so
 * discovery runs no user code.
 */
final class Discovery {
    private final EventWriter events;

    Discovery(EventWriter events) {
        this.events = events;
    }

    void run(Path testClasses) throws IOException {
        events.write(new Event.Env(System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("java.vm.name"), gcName(), System.getProperty("java.runtime.version"),
                System.getProperty("java.vm.version")));
        ClassLoader loader = Discovery.class.getClassLoader();
        for (String className : classNames(testClasses)) {
            List<BudgetDeclaration> rows;
            try {
                rows = DeclaredBudgets.of(Class.forName(className, false, loader));
            } catch (LinkageError | ClassNotFoundException e) {
                unloadable(testClasses, className, e);
                continue;
            }
            for (BudgetDeclaration row : rows) {
                events.write(new Event.Method(row.id(), row.bytes(), row.objects(), row.tolerancePercent(),
                        row.reuse(), row.budget().applies(), row.threads(), row.problem()));
            }
        }
    }

    /**
     * A class that cannot be loaded here. When its class file names {@code @AllocationBudget}, its budget methods
     * cannot be measured: one row {@code Class#*} with the reason, an error, so the build does not pass without
     * them. Any other test class is only mentioned.
     */
    private void unloadable(Path testClasses, String className, Throwable e) throws IOException {
        byte[] bytes = Files.readAllBytes(testClasses.resolve(className.replace('.', '/') + ".class"));
        if (!ClassFiles.mentions(bytes, ClassFiles.BUDGET_ANNOTATION)) {
            events.write(new Event.Warning("could not load test class " + className + " (" + e
                    + "); it has no budget methods"));
            return;
        }
        int compiledFor = ClassFiles.javaVersion(bytes);
        int forkJava = Runtime.version().feature();
        String problem = e instanceof UnsupportedClassVersionError && compiledFor > forkJava
                ? "the class is compiled for Java " + compiledFor + " (class file version " + ClassFiles.majorVersion(bytes)
                        + "), and the forks run on Java " + forkJava + " (" + System.getProperty("java.home")
                        + "), which cannot load it. Run the forks on Java " + compiledFor + " or later: a"
                        + " <jdkToolchain><version>" + compiledFor + "</version></jdkToolchain> in the plugin's"
                        + " configuration, or -Dallocbudget.jvm=<a JDK " + compiledFor + "+>/bin/java"
                : "the class cannot be loaded (" + e + "), so its budget methods were not measured. Put what it"
                        + " needs on the test class path";
        events.write(new Event.Method(MethodId.wholeClass(className), -1, -1, AllocationBudget.BUILD_DEFAULT, true, null,
                1, problem));
    }

    static List<String> classNames(Path root) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            // a loop, not a pipeline of lambdas: each lambda costs the discovery fork start-up time
            for (Iterator<Path> i = files.iterator(); i.hasNext(); ) {
                Path p = i.next();
                if (!p.toString().endsWith(".class")) {
                    continue;
                }
                String s = root.relativize(p).toString();
                s = s.substring(0, s.length() - ".class".length()).replace(root.getFileSystem().getSeparator(), ".");
                if (!s.endsWith("module-info") && !s.endsWith("package-info")
                        && !s.startsWith("META-INF.")) { // multi-release copies and resources, not test classes
                    names.add(s);
                }
            }
        }
        Collections.sort(names);
        return names;
    }

    /** A short collector name ("G1", "Serial", ...) from the JVM's collector beans. */
    static String gcName() {
        Set<String> names = new LinkedHashSet<>();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            String n = gc.getName();
            if (n.startsWith("G1")) names.add("G1");
            else if (n.equals("Copy") || n.equals("MarkSweepCompact")) names.add("Serial");
            else if (n.startsWith("PS ")) names.add("Parallel");
            else if (n.startsWith("ZGC")) names.add("ZGC");
            else if (n.startsWith("Shenandoah")) names.add("Shenandoah");
            else names.add(n);
        }
        List<String> list = new ArrayList<>(names);
        return list.isEmpty() ? "unknown" : String.join("+", list);
    }
}
