package dev.allocbudget.runner.shape;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a budget method needs besides its own class, the way a JMH {@code @Benchmark} method gets it: a
 * {@code Blackhole} and {@code @State} objects as arguments, {@code @Param} values injected into its class and its
 * states (one row per combination), and their {@code @Setup} and {@code @TearDown} methods. For a method without
 * parameters in a class without JMH annotations, this is one row and nothing else.
 */
public final class JmhShape {
    /** The most arguments a budget method may take (a Blackhole and @State objects). */
    public static final int MAX_ARGUMENTS = 4;

    /** Marks a Blackhole parameter in {@link #argumentStates}. */
    static final int BLACKHOLE = -1;

    final Method method;
    /** The method's own class first, then each @State class its parameters name, once each, in parameter order. */
    final List<StateClass> states;
    /** For each parameter: the index of its state in {@link #states}, or {@link #BLACKHOLE}. */
    final int[] argumentStates;
    /** Why the method cannot be run this way, or null. */
    final String problem;

    private JmhShape(Method method) {
        this.method = method;
        this.states = new ArrayList<>(List.of(StateClass.of(method.getDeclaringClass())));
        Class<?>[] parameters = method.getParameterTypes();
        this.argumentStates = new int[parameters.length];
        String why = null;
        if (parameters.length > 0 && !JmhAnnotations.available(method.getDeclaringClass())) {
            why = "method takes " + parameters.length + " parameter(s); budget methods take none";
        } else if (parameters.length > MAX_ARGUMENTS) {
            why = "method takes " + parameters.length + " parameters; the check passes at most "
                    + MAX_ARGUMENTS + " (a Blackhole and @State objects)";
        }
        for (int i = 0; i < parameters.length && why == null; i++) {
            Class<?> type = parameters[i];
            String parameter = "parameter " + (i + 1) + " (" + type.getTypeName() + ")";
            if (JmhAnnotations.isBlackhole(type)) {
                argumentStates[i] = BLACKHOLE;
            } else if (!JmhAnnotations.isState(type)) {
                why = parameter + " is neither a Blackhole nor a @State class; a budget method may take"
                        + " org.openjdk.jmh.infra.Blackhole and JMH @State objects, which the check creates as JMH"
                        + " does, and nothing else";
            } else {
                String notCreatable = StateClass.problemAsParameter(type);
                if (notCreatable != null) {
                    why = parameter + ": " + notCreatable;
                } else {
                    argumentStates[i] = indexOf(type);
                }
            }
        }
        for (int i = 0; i < states.size() && why == null; i++) {
            why = states.get(i).problem();
        }
        this.problem = why;
    }

    public static JmhShape of(Method method) {
        return new JmhShape(method);
    }

    /** The state of {@code type}, added when it is new: a class several parameters name is one instance. */
    private int indexOf(Class<?> type) {
        for (int i = 0; i < states.size(); i++) {
            if (states.get(i).type == type) {
                return i;
            }
        }
        states.add(StateClass.of(type));
        return states.size() - 1;
    }

    /**
     * The @Param names and their values. When two fields share a name, they take the same value, from the values
     * of the first one found (the method's class first), as in JMH.
     */
    SortedMap<String, List<String>> space() {
        SortedMap<String, List<String>> space = new TreeMap<>();
        for (StateClass state : states) {
            for (Field f : state.params) {
                space.putIfAbsent(f.getName(), StateClass.values(f));
            }
        }
        return space;
    }

    /** One row per combination of @Param values; a method without @Param fields has the single row {@link ParamRow#NONE}. */
    public List<ParamRow> rows() {
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        return ParamRow.combinations(space());
    }

    /** Why this row cannot be run (a value its field cannot take), or null. Runs no user code. */
    public String problemWith(ParamRow row) {
        for (Injection in : injections(row)) {
            String why = ParamValues.problem(in.field().getType(), in.value());
            if (why != null) {
                return in.describe() + " cannot take the value \"" + in.value() + "\": " + why;
            }
        }
        return null;
    }

    /** A @Param value for one field of one state: {@code states.get(state)}'s {@code field} gets {@code value}. */
    record Injection(int state, Field field, String value) {
        String describe() {
            return "@Param field " + field.getDeclaringClass().getName() + "." + field.getName() + " ("
                    + field.getType().getTypeName() + ")";
        }
    }

    /** Each @Param field of each state, with the value it gets in {@code row}. */
    List<Injection> injections(ParamRow row) {
        List<Injection> injections = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            for (Field f : states.get(i).params) {
                injections.add(new Injection(i, f, row.values().get(f.getName())));
            }
        }
        return injections;
    }
}
