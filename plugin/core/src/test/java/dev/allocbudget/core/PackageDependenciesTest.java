package dev.allocbudget.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.allocbudget.runner.ForkedMain;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The dependency guard: the packages of the core and the runner, as {@code jdeps} reads them from the compiled
 * classes, depend one way, in the layers ARCHITECTURE.md draws. A new import across a layer, or a cycle, fails here
 * with the packages named. (The other modules hold one package each, and Maven's modules cannot form a cycle.)
 */
class PackageDependenciesTest {
    private static final String CORE = "dev.allocbudget.core";
    private static final String RUNNER = "dev.allocbudget.runner";
    private static final String ANNOTATIONS = "dev.allocbudget";

    /** What each package of the core may use of ours, besides itself. */
    private static final Map<String, Set<String>> CORE_LAYERS = Map.of(
            CORE + ".model", Set.of(RUNNER + ".protocol"),
            CORE + ".io", Set.of(CORE + ".model"),
            CORE + ".baseline", Set.of(CORE + ".model", CORE + ".io", RUNNER + ".protocol"),
            CORE + ".aggregate", Set.of(CORE + ".io"),
            CORE + ".report", Set.of(CORE + ".model", CORE + ".io", CORE + ".baseline", CORE + ".aggregate",
                    RUNNER + ".protocol"),
            CORE + ".fork", Set.of(CORE + ".model", CORE + ".io", CORE + ".report", RUNNER, RUNNER + ".protocol",
                    RUNNER + ".load",
                    ANNOTATIONS),
            CORE + ".store", Set.of(CORE + ".model", CORE + ".io", CORE + ".fork", RUNNER + ".protocol",
                    RUNNER + ".load", RUNNER + ".shape"),
            CORE + ".check", Set.of(CORE + ".model", CORE + ".io", CORE + ".fork", CORE + ".store",
                    RUNNER + ".protocol"),
            CORE + ".jmh", Set.of(CORE + ".model", CORE + ".io", CORE + ".fork", CORE + ".check", CORE + ".report",
                    RUNNER + ".protocol"));

    private static Map<String, Set<String>> graph() {
        Path core = TestPaths.codeSource(AllocationCheck.class);
        Path runner = TestPaths.codeSource(ForkedMain.class);
        return packageGraph(core, runner);
    }

    @Test
    void thePluginsPackagesFormNoCycle() {
        assertEquals(List.of(), cycles(graph()), "packages that depend on each other");
    }

    @Test
    void eachPackageOfTheCoreUsesOnlyTheLayersBelowIt() {
        List<String> crossing = new ArrayList<>();
        graph().forEach((from, to) -> {
            Set<String> allowed = CORE_LAYERS.get(from);
            if (allowed == null) {
                return; // the core's API package (above every layer), and the runner's packages
            }
            to.stream().filter(p -> !allowed.contains(p)).forEach(p -> crossing.add(from + " -> " + p));
        });
        assertEquals(List.of(), crossing, "dependencies that cross the core's layers (see ARCHITECTURE.md)");
    }

    @Test
    void theGuardFindsACycleWhenThereIsOne() {
        Map<String, Set<String>> planted = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a", "d"),
                "d", Set.of());
        assertEquals(List.of(List.of("a", "b", "c")), cycles(planted));
        assertEquals(List.of(), cycles(Map.of("a", Set.of("b"), "b", Set.of())));
    }

    /** Package to the packages of ours it uses (itself left out), as {@code jdeps -verbose:package} reports them. */
    static Map<String, Set<String>> packageGraph(Path... classes) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("no jdeps"));
        Map<String, Set<String>> graph = new TreeMap<>();
        for (Path root : classes) {
            StringWriter out = new StringWriter();
            int code = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-verbose:package", "-filter:none",
                    root.toString());
            assertEquals(0, code, out.toString());
            for (String line : out.toString().lines().toList()) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length >= 3 && parts[1].equals("->") && parts[0].startsWith(ANNOTATIONS)) {
                    Set<String> uses = graph.computeIfAbsent(parts[0], p -> new TreeSet<>());
                    if (isOurs(parts[2]) && !parts[2].equals(parts[0])) {
                        uses.add(parts[2]);
                    }
                }
            }
        }
        return graph;
    }

    private static boolean isOurs(String pkg) {
        return pkg.equals(ANNOTATIONS) || pkg.startsWith(ANNOTATIONS + ".");
    }

    /** The strongly connected groups of more than one package (Tarjan), each sorted; sorted by first package. */
    static List<List<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new java.util.HashSet<>();
        List<List<String>> found = new ArrayList<>();
        int[] next = {0};
        for (String start : new TreeSet<>(graph.keySet())) {
            if (!index.containsKey(start)) {
                connect(start, graph, index, low, stack, onStack, found, next);
            }
        }
        found.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        return found;
    }

    private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<List<String>> found, int[] next) {
        index.put(v, next[0]);
        low.put(v, next[0]);
        next[0]++;
        stack.push(v);
        onStack.add(v);
        for (String w : graph.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, onStack, found, next);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> group = new ArrayList<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                group.add(w);
            } while (!w.equals(v));
            if (group.size() > 1) {
                found.add(group.stream().sorted().collect(Collectors.toList()));
            }
        }
    }
}
