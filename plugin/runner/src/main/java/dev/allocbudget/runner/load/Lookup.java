package dev.allocbudget.runner.load;

import java.util.List;

/**
 * One name a fork looked up on the project's class path.
 *
 * @param name   a resource name: {@code com/acme/Codec.class} for a class, {@code META-INF/services/x.Y} for a resource
 * @param hashes the hash of what was found (every copy, for {@link Kind#RESOURCES}, in class path order); empty when
 *               nothing was
 */
public record Lookup(Kind kind, String name, List<String> hashes) {
    public Lookup {
        hashes = List.copyOf(hashes);
    }

    public enum Kind {
        /** A class, loaded or looked for by name. */
        CLASS,
        /** A resource looked up once ({@code getResource}): its first copy counts. */
        RESOURCE,
        /** A resource looked up as all its copies ({@code getResources}, as {@code ServiceLoader} does). */
        RESOURCES
    }
}
