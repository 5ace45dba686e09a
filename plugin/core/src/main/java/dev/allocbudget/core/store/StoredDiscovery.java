package dev.allocbudget.core.store;

import dev.allocbudget.core.fork.DiscoveryReply;
import dev.allocbudget.core.io.JsonReader.Node;
import dev.allocbudget.core.io.JsonWriter;
import dev.allocbudget.core.model.Budget;
import dev.allocbudget.core.model.BudgetMethod;
import dev.allocbudget.core.model.Environment;
import dev.allocbudget.runner.protocol.MethodId;
import dev.allocbudget.runner.shape.BudgetClassFile;
import dev.allocbudget.runner.shape.BudgetMethods;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A discovery's answer in a stored result: the forks' JVM, the budget methods and the warnings. */
final class StoredDiscovery {
    private StoredDiscovery() {}

    static String write(DiscoveryReply r) {
        Environment env = r.environment();
        return "{\"environment\": " + JsonWriter.environment(env) + ", \"jvm\": " + JsonWriter.string(r.jvm())
                + ", \"warnings\": " + JsonWriter.strings(r.warnings()) + ", \"methods\": ["
                + r.methods().stream().map(StoredDiscovery::method).collect(Collectors.joining(",")) + "\n  ]}";
    }

    private static String method(BudgetMethod m) {
        return "\n    {\"id\": " + JsonWriter.string(m.id().toString()) + ", \"bytes\": " + m.budget().bytes()
                + ", \"objects\": " + m.budget().objects() + ", \"threads\": " + m.budget().threads()
                + ", \"tolerancePercent\": " + m.tolerancePercent()
                + ", \"reuse\": " + m.reuse() + ", \"problem\": " + JsonWriter.string(m.problem()) + "}";
    }

    /** Throws {@link RuntimeException}s on anything it did not write. */
    static DiscoveryReply read(Node d, String pluginVersion) {
        Node e = d.get("environment");
        Environment env = new Environment(e.get("javaVersion").asString(), e.get("javaVendor").asString(),
                e.get("vmName").asString(), e.get("gc").asString(), pluginVersion);
        List<BudgetMethod> methods = d.get("methods").list().stream().map(m -> new BudgetMethod(
                MethodId.parse(m.get("id").asString()), new Budget(number(m.get("bytes")), number(m.get("objects")), null,
                        m.get("threads").asNumber().intValue()),
                m.get("tolerancePercent").isNull() ? null : m.get("tolerancePercent").asNumber().doubleValue(),
                m.get("problem").asString(), Boolean.TRUE.equals(m.get("reuse").value()))).toList();
        return new DiscoveryReply(env, d.get("jvm").asString(), methods,
                d.get("warnings").list().stream().map(Node::asString).toList(), null, null, List.of());
    }

    /**
     * The stored discovery with each method's budget as its class file gives it now: the key of a class leaves its
     * budgets out, so a stored discovery stands for test classes whose budgets changed. Null when a budget cannot
     * be read there, or is one the discovery would refuse (or refused), or is one of a method's budgets per Java
     * version: a discovering fork then says what is wrong, or which budget applies.
     */
    static DiscoveryReply withBudgetsOf(Path testClasses, DiscoveryReply stored) throws IOException {
        Map<String, Map<String, BudgetClassFile.Values>> byClass = new HashMap<>();
        List<BudgetMethod> methods = new ArrayList<>();
        for (BudgetMethod m : stored.methods()) {
            if (m.id().method().equals(MethodId.WHOLE_CLASS)) {
                methods.add(m);
                continue;
            }
            Map<String, BudgetClassFile.Values> budgets = byClass.computeIfAbsent(m.id().className(),
                    c -> budgets(testClasses.resolve(c.replace('.', '/') + ".class")));
            BudgetClassFile.Values v = budgets == null ? null : budgets.get(m.id().method());
            // a budget per range of Java versions is chosen by a discovering fork, on the forks' Java
            if (v == null || v.java() != null || v.bytes() < -1 || v.objects() < -1
                    || v.threads() < 1 || v.threads() > BudgetMethods.MAX_THREADS
                    || (v.tolerancePercent() != -1 && !(v.tolerancePercent() >= 0 && v.tolerancePercent() <= 1000))) {
                return null;
            }
            BudgetMethod now = new BudgetMethod(m.id(), Budget.of(v.bytes(), v.objects(), null, v.threads()),
                    v.tolerancePercent() == -1 ? null : v.tolerancePercent(), m.problem(), v.reuse());
            if (m.problem() != null && !now.equals(m)) {
                return null; // a refused method's budget changed: the refusal may have been about it
            }
            methods.add(now);
        }
        return new DiscoveryReply(stored.environment(), stored.jvm(), methods, stored.warnings(), null,
                stored.started(), stored.lookups());
    }

    private static Map<String, BudgetClassFile.Values> budgets(Path classFile) {
        try {
            return BudgetClassFile.read(Files.readAllBytes(classFile)).budgets();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Long number(Node n) {
        return n.isNull() ? null : n.asNumber().longValueExact();
    }
}
