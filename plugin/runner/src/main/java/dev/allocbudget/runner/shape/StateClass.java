package dev.allocbudget.runner.shape;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A class a budget method needs one instance of: the method's own class, or a JMH {@code @State} class it takes as
 * a parameter. With its {@code @Param} fields (inherited ones included) and its {@code @Setup} and
 * {@code @TearDown} methods, all read by name (see {@link JmhAnnotations}).
 */
final class StateClass {
    /** A {@code @Setup} or {@code @TearDown} method and its level ("Trial", "Iteration" or "Invocation"). */
    record Helper(Method method, String level) {
        String name() {
            return method.getDeclaringClass().getName() + "." + method.getName();
        }
    }

    final Class<?> type;
    /** {@code @Param} fields: the class's own first, then its superclasses', as JMH walks them. */
    final List<Field> params;
    final List<Helper> setups;
    final List<Helper> tearDowns;

    private StateClass(Class<?> type) {
        this.type = type;
        // without JMH there are no such annotations to find: the class is not even searched
        boolean jmh = JmhAnnotations.available(type);
        this.params = jmh ? paramFields(type) : List.of();
        this.setups = jmh ? helpers(type, JmhAnnotations.SETUP) : List.of();
        this.tearDowns = jmh ? helpers(type, JmhAnnotations.TEAR_DOWN) : List.of();
    }

    static StateClass of(Class<?> type) {
        return new StateClass(type);
    }

    /**
     * Why the class cannot be used as a parameter's {@code @State} class, or null: the check creates it itself, as
     * JMH does.
     */
    static String problemAsParameter(Class<?> type) {
        if (type.isInterface() || type.isArray() || type.isPrimitive() || type.isEnum()) {
            return type.getTypeName() + " is not a class that can be created";
        }
        if (type.isLocalClass() || type.isAnonymousClass()) {
            return "class " + type.getName() + " is local or anonymous; declare it as a public top-level or static"
                    + " nested class";
        }
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return "class " + c.getName() + " is not public; a @State class (and every class enclosing it) must"
                        + " be public";
            }
        }
        if (type.isMemberClass() && !Modifier.isStatic(type.getModifiers())) {
            return "class " + type.getName() + " is an inner (non-static) class; make it a static nested class";
        }
        if (Modifier.isAbstract(type.getModifiers())) {
            return "class " + type.getName() + " is abstract; a @State class must be instantiable with a public"
                    + " no-argument constructor";
        }
        if (BudgetMethods.publicNoArgConstructor(type) == null) {
            return "class " + type.getName() + " has no public no-argument constructor; the check creates one"
                    + " instance of each @State class";
        }
        return null;
    }

    /** Why the check cannot prepare this class's instance as JMH would, or null. */
    String problem() {
        for (Helper h : all(setups, tearDowns)) {
            String kind = setups.contains(h) ? "@Setup" : "@TearDown";
            if (h.level().equals("Invocation")) {
                return kind + "(Level.Invocation) method " + h.name() + " would run around every call, and its"
                        + " work (and its allocation) would be measured as part of every call; use Level.Trial or"
                        + " Level.Iteration (the check runs both once, before warm-up and after the measurement)";
            }
            if (!Modifier.isPublic(h.method().getModifiers())) {
                return kind + " method " + h.name() + " is not public; JMH and the check call only public"
                        + " @Setup and @TearDown methods";
            }
            if (h.method().getParameterCount() != 0) {
                return kind + " method " + h.name() + " takes parameters; the check calls @Setup and @TearDown"
                        + " methods without arguments";
            }
        }
        for (Field f : params) {
            String field = "@Param field " + f.getDeclaringClass().getName() + "." + f.getName();
            if (Modifier.isFinal(f.getModifiers())) {
                return field + " is final; JMH and the check set @Param fields, so they must not be final";
            }
            if (!ParamValues.acceptable(f.getType())) {
                return field + " has type " + f.getType().getTypeName() + "; @Param takes primitives, their"
                        + " wrappers, String and enums";
            }
            if (values(f).isEmpty()) {
                return f.getType().isEnum()
                        ? field + " takes every constant of " + f.getType().getName() + ", and it has none"
                        : field + " (" + f.getType().getTypeName() + ") names no values; only enum fields may"
                                + " leave them out (they then take every constant)";
            }
        }
        return null;
    }

    /**
     * The values of a {@code @Param} field, as written; an enum field that names none takes every constant, in
     * declaration order (as JMH does).
     */
    static List<String> values(Field f) {
        String[] written = JmhAnnotations.paramValues(JmhAnnotations.find(f, JmhAnnotations.PARAM));
        boolean blank = written.length == 0
                || written.length == 1 && written[0].equals(JmhAnnotations.BLANK_PARAM);
        if (blank) {
            return f.getType().isEnum() ? ParamValues.enumConstants(f.getType()) : List.of();
        }
        return List.of(written);
    }

    private static List<Field> paramFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (JmhAnnotations.has(f, JmhAnnotations.PARAM)) {
                    fields.add(f);
                }
            }
        }
        return fields;
    }

    /**
     * The class's helpers of one kind, in JMH's order: by declaring class name and method name (JMH 1.37 keeps
     * them in a set sorted by qualified name). A method overridden lower in the hierarchy is called once.
     */
    private static List<Helper> helpers(Class<?> type, String annotation) {
        List<Helper> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                Annotation a = JmhAnnotations.find(m, annotation);
                if (a != null && !m.isBridge() && !m.isSynthetic()
                        && seen.add(m.getName() + Arrays.toString(m.getParameterTypes()))) {
                    found.add(new Helper(m, JmhAnnotations.level(a)));
                }
            }
        }
        found.sort(BY_QUALIFIED_NAME);
        return found;
    }

    /** A class rather than a lambda, which would cost every fork of a project with JMH start-up time. */
    private static final Comparator<Helper> BY_QUALIFIED_NAME = new Comparator<>() {
        @Override
        public int compare(Helper a, Helper b) {
            return qualified(a).compareTo(qualified(b));
        }

        private String qualified(Helper h) {
            return canonical(h.method().getDeclaringClass()) + "." + h.method().getName();
        }
    };

    private static String canonical(Class<?> c) {
        String name = c.getCanonicalName();
        return name != null ? name : c.getName();
    }

    @SafeVarargs
    private static <T> List<T> all(List<T>... lists) {
        List<T> all = new ArrayList<>();
        for (List<T> l : lists) {
            all.addAll(l);
        }
        return all;
    }
}
