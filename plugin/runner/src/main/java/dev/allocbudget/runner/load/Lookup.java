package dev.allocbudget.runner.load;

import java.util.List;

/**
 * One name a fork looked up on the project's part of its class path.
 *
 * @param name    a resource name: {@code com/acme/Codec.class} for a class, {@code META-INF/services/x.Y} for a
 *                resource
 * @param entries the indexes of the class path entries it was found in (every one that has a copy, for
 *                {@link Kind#RESOURCES}, in class path order); empty when no entry of the project has it (it was
 *                found nowhere, or only in the plugin's own entries)
 */
public record Lookup(Kind kind, String name, List<Integer> entries) {
    public Lookup {
        entries = List.copyOf(entries);
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
