package dev.allocbudget.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/**
 * Budget classes Surefire never hands to the engine: it runs only the classes its includes match (by default
 * {@code *Test}, {@code Test*}, {@code *Tests}, {@code *TestCase}), so a {@code HotBudget} would pass {@code mvn test}
 * unmeasured and unmentioned. The engine cannot run them itself without breaking how Surefire splits classes
 * between forks and what {@code -Dtest} selects; instead it fails the run once, under the first of those classes,
 * naming them and the {@code <includes>} to add.
 *
 * <p>Only under Surefire's includes: not with {@code -Dtest}, in an IDE or the console launcher (no Surefire fork),
 * under Failsafe, nor when Surefire found no class at all (it then starts no fork, and nothing of the engine runs).
 * Links only JUnit and the JDK.
 */
final class UnrunBudgetClasses {
    private UnrunBudgetClasses() {}

    /**
     * Adds the failing test to {@code engine} in the one request that selects Surefire's first class: every fork
     * gets the whole list, and runs that class in exactly one request, whatever the fork count and reuse.
     */
    static void report(EngineDiscoveryRequest request, EngineDescriptor engine) {
        report(request, engine, SurefireFork.current());
    }

    static void report(EngineDiscoveryRequest request, EngineDescriptor engine, Optional<SurefireFork> surefire) {
        SurefireFork fork = surefire.orElse(null);
        if (fork == null || !fork.unitTests() || !fork.includesChose() || fork.handedClasses().isEmpty()
                || request.getSelectorsByType(ClassSelector.class).stream()
                        .noneMatch(s -> s.getClassName().equals(fork.handedClasses().get(0)))) {
            return;
        }
        List<String> unrun = in(fork);
        if (!unrun.isEmpty()) {
            BudgetClassDescriptor first = new BudgetClassDescriptor(engine.getUniqueId(), unrun.get(0));
            first.addChild(new SetupProblem(first.getUniqueId(), unrun.get(0), message(unrun)));
            engine.addChild(first);
        }
    }

    /** The budget classes in Surefire's test-classes directory that it did not list, sorted. */
    static List<String> in(SurefireFork fork) {
        Set<String> handed = new HashSet<>(fork.handedClasses());
        return budgetClasses(fork.testClassesDirectory()).stream().filter(c -> !handed.contains(c)).sorted().toList();
    }

    /** The top-level classes under {@code root} whose class files name {@code @AllocationBudget}. */
    static List<String> budgetClasses(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".class"))
                    // Surefire's default excludes leave out nested classes (**/*$*), which no include brings back
                    .filter(f -> !f.getFileName().toString().contains("$"))
                    .filter(f -> !f.getFileName().toString().equals("module-info.class"))
                    .filter(BudgetClassFiles::mentionsBudgets)
                    .map(f -> className(root.relativize(f)))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(); // an unreadable directory: Surefire could not have scanned it either
        }
    }

    static String message(List<String> unrun) {
        return "allocbudget: Surefire did not hand these budget classes to the engine, as its includes do not match"
                + " their names, so their budget methods were not measured: " + String.join(", ", unrun)
                + ". Add to maven-surefire-plugin's <configuration>: " + SurefireIncludes.element(unrun)
                + " (Surefire's default includes, which <includes> replaces, and the budget classes'; keep any"
                + " includes you set), or rename the classes to end in Test. When the allocbudget plugin's check"
                + " measures them instead, switch the engine off with allocbudget.junit.enabled=false.";
    }

    private static String className(Path relative) {
        String file = relative.toString().replace(relative.getFileSystem().getSeparator(), ".");
        return file.substring(0, file.length() - ".class".length());
    }
}
