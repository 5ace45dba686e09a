package dev.allocbudget.runner.protocol;

import java.lang.reflect.Method;

/**
 * What the check measures, by name: a budget method ({@code com.acme.Codec#encode}, nested classes with {@code $}),
 * one {@code @Param} row of it ({@code demo.CodecBench#encode[kind=ascii,size=16]}), or every budget method of a
 * class that could not be loaded ({@code com.acme.Broken#*}). The one place ids are parsed and printed: the forks,
 * the plugin, the JMH driver and the JUnit engine all go through it. Ids sort as their text does.
 *
 * @param className the class's binary name
 * @param method    the method's name, or {@value #WHOLE_CLASS}
 * @param row       the {@code @Param} row, {@code [a=1,b=x]} (names sorted), or empty for a method without
 */
public record MethodId(String className, String method, String row) implements Comparable<MethodId> {
    /** The method name of an id that stands for a class whose methods could not be listed. */
    public static final String WHOLE_CLASS = "*";

    public MethodId {
        if (className.isEmpty() || method.isEmpty() || className.contains("#") || method.contains("#")
                || method.contains("[") || !(row.isEmpty() || row.startsWith("[") && row.endsWith("]"))) {
            throw new IllegalArgumentException("not a method id: " + className + "#" + method + row);
        }
    }

    /** The id of a budget method without a row. */
    public static MethodId of(Method method) {
        return new MethodId(method.getDeclaringClass().getName(), method.getName(), "");
    }

    /** The id standing for every budget method of a class that could not be loaded. */
    public static MethodId wholeClass(String className) {
        return new MethodId(className, WHOLE_CLASS, "");
    }

    /**
     * Reads {@code Class#method} or {@code Class#method[row]}; throws {@link IllegalArgumentException} naming the
     * text when it is neither.
     */
    public static MethodId parse(String text) {
        int hash = text.indexOf('#');
        if (hash < 0) {
            throw new IllegalArgumentException("not a method id (expected com.acme.Class#method): " + text);
        }
        int bracket = text.indexOf('[', hash);
        return new MethodId(text.substring(0, hash), text.substring(hash + 1, bracket < 0 ? text.length() : bracket),
                bracket < 0 ? "" : text.substring(bracket));
    }

    /** This method's id with a {@code @Param} row ({@code [a=1,b=x]}, or empty). */
    public MethodId withRow(String suffix) {
        return new MethodId(className, method, suffix);
    }

    /** The method's id without its row: what JMH runs as one benchmark. */
    public MethodId base() {
        return row.isEmpty() ? this : new MethodId(className, method, "");
    }

    /** The method's name and its row, {@code encode[kind=ascii]}: a test's name in JUnit's terms. */
    public String methodWithRow() {
        return method + row;
    }

    @Override
    public int compareTo(MethodId other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
        return className + "#" + method + row;
    }
}
