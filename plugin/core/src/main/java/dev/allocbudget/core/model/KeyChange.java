package dev.allocbudget.core.model;

/**
 * An input of a stored figure that differs now: why a method was measured again.
 *
 * @param subject what changed: a class ({@code com.acme.Codec}), a resource's name, or {@code null} for the kinds
 *                that name none
 * @param before  its value then, for a setting ({@code 17.0.15}); {@code null} for classes and resources
 * @param after   its value now
 */
public record KeyChange(Kind kind, String subject, String before, String after) {
    public enum Kind {
        /** Another version of the plugin, or its runner, measured the stored figures. */
        PLUGIN,
        /** Another JDK: version, vendor or build. */
        JDK,
        /** Other settings for the forks: jvmArgs, whose threads count, how objects are counted, the time limits. */
        JVM_FLAGS,
        /** Another machine: processors, memory, operating system, locale or time zone. */
        MACHINE,
        /** A class the forks loaded has other bytes now. */
        CLASS_CHANGED,
        /** A class the forks loaded is on the class path no more. */
        CLASS_GONE,
        /** A class the forks looked for and did not find is on the class path now. */
        CLASS_ADDED,
        /** A resource the forks read has other bytes now, or another set of copies. */
        RESOURCE_CHANGED,
        /** A class path entry the forks loaded from cannot be read now. */
        UNREADABLE,
        /** The stored figures have no objects count, and one is needed now. */
        OBJECTS_NOT_COUNTED
    }
}
