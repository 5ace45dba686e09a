package dev.allocbudget.runner;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.runner.protocol.Event;
import dev.allocbudget.runner.protocol.EventWriter;
import dev.allocbudget.runner.shape.BudgetMethods;
import dev.allocbudget.runner.shape.BudgetRow;
import dev.allocbudget.runner.shape.JmhShape;
import dev.allocbudget.runner.shape.ParamRow;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the {@link AllocationBudget} methods among the classes compiled into a test-classes directory, one
 * {@code method} event per row (a method with JMH {@code @Param} fields has one row per combination of their
 * values, see {@link JmhShape}). Classes are loaded without being initialised, so discovery runs no user code.
 */
final class Discovery {
    private final EventWriter events;

    Discovery(EventWriter events) {
        this.events = events;
    }

    void run(Path testClasses) throws IOException {
        events.write(new Event.Env(System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("java.vm.name"), gcName()));
        ClassLoader loader = Discovery.class.getClassLoader();
        for (String className : classNames(testClasses)) {
            Class<?> type;
            Method[] methods;
            try {
                type = Class.forName(className, false, loader);
                methods = type.getDeclaredMethods();
            } catch (LinkageError | ClassNotFoundException e) {
                events.write(new Event.Warning("could not load test class " + className + " (" + e
                        + "); its methods were not checked"));
                continue;
            }
            List<Method> annotated = BudgetMethods.annotated(methods);
            for (Method m : annotated) {
                AllocationBudget budget = m.getAnnotation(AllocationBudget.class);
                long sameName = annotated.stream().filter(o -> o.getName().equals(m.getName())).count();
                if (sameName > 1) {
                    method(BudgetMethods.idOf(m), budget, sameName + " budget methods are named " + m.getName()
                            + " in " + type.getName() + "; a method id must name one method, so rename the overloads");
                    continue;
                }
                try {
                    rows(m, budget);
                } catch (LinkageError | RuntimeException e) {
                    method(BudgetMethods.idOf(m), budget, "the check cannot inspect the method: " + e);
                }
            }
        }
    }

    /** One event per row of the method (one row without @Param values), each measured on its own. */
    private void rows(Method m, AllocationBudget budget) {
        String problem = BudgetMethods.problemWith(m, budget);
        if (problem != null) {
            method(BudgetMethods.idOf(m), budget, problem);
            return;
        }
        JmhShape shape = JmhShape.of(m);
        for (ParamRow row : shape.rows()) {
            method(new BudgetRow(m, row).id(), budget, shape.problemWith(row));
        }
    }

    private void method(String id, AllocationBudget budget, String problem) {
        events.write(new Event.Method(id, budget.bytes(), budget.objects(), budget.tolerancePercent(), problem));
    }

    static List<String> classNames(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> root.relativize(p).toString())
                    .map(s -> s.substring(0, s.length() - ".class".length()).replace(root.getFileSystem().getSeparator(), "."))
                    .filter(s -> !s.endsWith("module-info") && !s.endsWith("package-info"))
                    .filter(s -> !s.startsWith("META-INF.")) // multi-release copies and resources, not test classes
                    .sorted()
                    .collect(Collectors.toList());
        }
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
