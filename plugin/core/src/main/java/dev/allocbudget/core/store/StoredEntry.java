package dev.allocbudget.core.store;

import dev.allocbudget.core.io.JsonReader.Node;
import dev.allocbudget.core.io.JsonWriter;
import dev.allocbudget.runner.load.Lookup;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One stored file, and its JSON: the key it was stored under, the hashes of what its forks looked up (by
 * {@code kind:name}), the test classes' names for a discovery (else null), and what was stored (parsed where it is
 * used, so that a broken file is found then).
 */
record StoredEntry(StoreKey key, Map<String, List<String>> lookups, List<String> listing, Node stored) {
    static final int FORMAT_VERSION = 1;

    /** Reads an entry of {@code id}; throws when it is of another format or another id. */
    static StoredEntry parse(Node root, String id) {
        if (root.get("formatVersion").asNumber().intValue() != FORMAT_VERSION
                || !id.equals(root.get("id").asString())) {
            throw new IllegalArgumentException("not an entry of this format for " + id);
        }
        Node k = root.get("key");
        StoreKey key = new StoreKey(k.get("plugin").asString(), k.get("jdk").asString(),
                k.get("jvmFlags").list().stream().map(Node::asString).toList(), k.get("machine").asString(),
                k.get("jdkVersion").asString());
        Map<String, List<String>> lookups = new LinkedHashMap<>();
        for (Map.Entry<String, Node> l : root.get("lookups").map().entrySet()) {
            kindOf(l.getKey()); // refuses an unknown kind
            lookups.put(l.getKey(), l.getValue().list().stream().map(Node::asString).toList());
        }
        Node listing = root.get("listing");
        return new StoredEntry(key, lookups, listing == null ? null
                : listing.list().stream().map(Node::asString).toList(), root.get("stored"));
    }

    /** The file of an entry of {@code id} whose stored part is the JSON {@code stored}. */
    static String render(String id, StoreKey key, Map<String, List<String>> lookups, List<String> listing,
            String stored) {
        StringBuilder json = new StringBuilder("{\n  \"formatVersion\": ").append(FORMAT_VERSION)
                .append(",\n  \"id\": ").append(JsonWriter.string(id))
                .append(",\n  \"key\": {\"plugin\": ").append(JsonWriter.string(key.plugin()))
                .append(", \"jdk\": ").append(JsonWriter.string(key.jdk()))
                .append(", \"jvmFlags\": ").append(JsonWriter.strings(key.jvmFlags()))
                .append(", \"machine\": ").append(JsonWriter.string(key.machine()))
                .append(", \"jdkVersion\": ").append(JsonWriter.string(key.jdkVersion())).append("},\n")
                .append("  \"lookups\": {");
        // a nested class after its outer one: when both changed, the message names the class of the source file
        json.append(lookups.entrySet().stream().sorted(Comparator.comparing(l -> l.getKey().replace('$', '~')))
                .map(l -> "\n    " + JsonWriter.string(l.getKey()) + ": " + JsonWriter.strings(l.getValue()))
                .collect(Collectors.joining(",")));
        json.append(lookups.isEmpty() ? "}" : "\n  }");
        if (listing != null) {
            json.append(",\n  \"listing\": ").append(JsonWriter.strings(listing));
        }
        return json.append(",\n  \"stored\": ").append(stored).append("\n}\n").toString();
    }

    /** A look-up's key in the file: {@code class:com/acme/Codec.class}, {@code resources:META-INF/services/x.Y}. */
    static String name(Lookup.Kind kind, String name) {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + name;
    }

    static Lookup.Kind kindOf(String key) {
        int colon = key.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a look-up: " + key);
        }
        return Lookup.Kind.valueOf(key.substring(0, colon).toUpperCase(Locale.ROOT));
    }

    static String nameOf(String key) {
        return key.substring(key.indexOf(':') + 1);
    }
}
