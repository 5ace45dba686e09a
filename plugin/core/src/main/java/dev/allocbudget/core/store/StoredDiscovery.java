package dev.allocbudget.core.store;

import dev.allocbudget.core.fork.DiscoveryReply;
import dev.allocbudget.core.io.JsonReader.Node;
import dev.allocbudget.core.io.JsonWriter;
import dev.allocbudget.core.model.Budget;
import dev.allocbudget.core.model.BudgetMethod;
import dev.allocbudget.core.model.Environment;
import dev.allocbudget.runner.protocol.MethodId;
import java.util.List;
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
                + ", \"objects\": " + m.budget().objects() + ", \"tolerancePercent\": " + m.tolerancePercent()
                + ", \"reuse\": " + m.reuse() + ", \"problem\": " + JsonWriter.string(m.problem()) + "}";
    }

    /** Throws {@link RuntimeException}s on anything it did not write. */
    static DiscoveryReply read(Node d, String pluginVersion) {
        Node e = d.get("environment");
        Environment env = new Environment(e.get("javaVersion").asString(), e.get("javaVendor").asString(),
                e.get("vmName").asString(), e.get("gc").asString(), pluginVersion);
        List<BudgetMethod> methods = d.get("methods").list().stream().map(m -> new BudgetMethod(
                MethodId.parse(m.get("id").asString()), new Budget(number(m.get("bytes")), number(m.get("objects"))),
                m.get("tolerancePercent").isNull() ? null : m.get("tolerancePercent").asNumber().doubleValue(),
                m.get("problem").asString(), Boolean.TRUE.equals(m.get("reuse").value()))).toList();
        return new DiscoveryReply(env, d.get("jvm").asString(), methods,
                d.get("warnings").list().stream().map(Node::asString).toList(), null, null, List.of());
    }

    private static Long number(Node n) {
        return n.isNull() ? null : n.asNumber().longValueExact();
    }
}
