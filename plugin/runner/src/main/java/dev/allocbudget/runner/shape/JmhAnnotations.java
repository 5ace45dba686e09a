package dev.allocbudget.runner.shape;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.InvocationTargetException;

/**
 * JMH's annotations and infrastructure classes, read by name: the runner runs in the user's test JVM and must not
 * depend on JMH, which is there only when the user's project has it on its test classpath. Without JMH, the JVM
 * drops annotations whose class it cannot find, so none of these is ever seen and nothing changes.
 */
public final class JmhAnnotations {
    public static final String BENCHMARK = "org.openjdk.jmh.annotations.Benchmark";
    static final String STATE = "org.openjdk.jmh.annotations.State";
    static final String PARAM = "org.openjdk.jmh.annotations.Param";
    static final String SETUP = "org.openjdk.jmh.annotations.Setup";
    static final String TEAR_DOWN = "org.openjdk.jmh.annotations.TearDown";
    static final String BLACKHOLE = "org.openjdk.jmh.infra.Blackhole";
    /** {@code Param.BLANK_ARGS}: the value of a {@code @Param} that names no values. */
    static final String BLANK_PARAM = "blank_blank_blank_2014";
    /** The argument JMH's Blackhole constructor insists on (it refuses to be created by anyone else). */
    static final String BLACKHOLE_CHALLENGE =
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.";

    private JmhAnnotations() {}

    /** True when JMH's annotations can be loaded where {@code type} was loaded from. */
    static boolean available(Class<?> type) {
        try {
            Class.forName(STATE, false, type.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The annotation of type {@code name} on {@code element}, or null. */
    static Annotation find(AnnotatedElement element, String name) {
        for (Annotation a : element.getDeclaredAnnotations()) {
            if (a.annotationType().getName().equals(name)) {
                return a;
            }
        }
        return null;
    }

    public static boolean has(AnnotatedElement element, String name) {
        return find(element, name) != null;
    }

    /** True when {@code type} or one of its superclasses carries {@code @State} (JMH looks up the hierarchy too). */
    static boolean isState(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (has(c, STATE)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code type}'s {@code @State} (or its nearest superclass's) has {@code Scope.Thread}. */
    static boolean threadScoped(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            Annotation state = find(c, STATE);
            if (state != null) {
                return ((Enum<?>) value(state)).name().equals("Thread");
            }
        }
        return false;
    }

    static boolean isBlackhole(Class<?> type) {
        return type.getName().equals(BLACKHOLE);
    }

    /** The values of a {@code @Param}, as written. */
    static String[] paramValues(Annotation param) {
        return (String[]) value(param);
    }

    /** The {@code Level} of a {@code @Setup} or {@code @TearDown}: "Trial", "Iteration" or "Invocation". */
    static String level(Annotation helper) {
        return ((Enum<?>) value(helper)).name();
    }

    private static Object value(Annotation annotation) {
        try {
            return annotation.annotationType().getMethod("value").invoke(annotation);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + annotation + ": not the JMH annotation expected", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + annotation, e.getCause());
        }
    }
}
