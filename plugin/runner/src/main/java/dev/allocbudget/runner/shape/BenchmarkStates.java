package dev.allocbudget.runner.shape;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The objects one row of a budget method runs with, made as JMH makes them for a benchmark run by one thread: one
 * instance of the method's class and of each {@code @State} class its parameters name, the row's {@code @Param}
 * values injected into their fields, a {@code Blackhole}, then their {@code @Setup} methods; {@link #tearDown}
 * calls the {@code @TearDown} methods at the end. With a single thread, a {@code @State}'s {@code Scope}
 * (Benchmark, Group or Thread) makes no difference: each class is one instance, shared by every parameter that
 * names it, as JMH shares it with one thread.
 *
 * <p>{@code Level.Iteration} helpers run once, like {@code Level.Trial} ones: the check has one long measurement,
 * not iterations. Setups run in JMH's order: Trial before Iteration, the method's class before its parameters'
 * states; teardowns in reverse: Iteration before Trial, the parameters' states before the method's class.
 *
 * <p>With several threads calling the method at once ({@link #argumentsPerThread}), each thread has its own
 * instance of each parameter's {@code Scope.Thread} state and its own Blackhole, as in JMH; the method's class is
 * one shared instance (JMH's {@code Scope.Benchmark}), and so are the other states. Every thread's states are set
 * up (and torn down) on the measuring thread, before the threads start.
 */
public final class BenchmarkStates {
    /** Why the objects could not be made or finished with, in words for the user. */
    public static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    private static final List<String> LEVELS = List.of("Trial", "Iteration");

    private final JmhShape shape;
    private final BudgetRow row;
    private final Object[] instances;
    private final Object[] arguments;
    /** The states of the threads after the first, each thread's instance per state (shared ones as they are). */
    private final List<Object[]> otherThreads = new ArrayList<>();

    private BenchmarkStates(JmhShape shape, BudgetRow row, Object[] instances, Object[] arguments) {
        this.shape = shape;
        this.row = row;
        this.instances = instances;
        this.arguments = arguments;
    }

    /** Creates the objects for {@code row}, injects its values and runs the setups. */
    public static BenchmarkStates setUp(BudgetRow row) throws Failure {
        JmhShape shape = JmhShape.of(row.method());
        if (shape.problem != null) {
            throw new Failure(shape.problem);
        }
        Object[] instances = new Object[shape.states.size()];
        for (int i = 0; i < instances.length; i++) {
            instances[i] = create(shape.states.get(i).type);
        }
        for (JmhShape.Injection in : shape.injections(row.params())) {
            inject(in, instances[in.state()]);
        }
        BenchmarkStates states = new BenchmarkStates(shape, row, instances, argumentsOf(shape, row, instances));
        states.setUp(instances, instances);
        return states;
    }

    /** The method's arguments from one thread's instances: a Blackhole of its own, and its states. */
    private static Object[] argumentsOf(JmhShape shape, BudgetRow row, Object[] instances) throws Failure {
        Object[] arguments = new Object[shape.argumentStates.length];
        Object blackhole = null;
        for (int i = 0; i < arguments.length; i++) {
            if (shape.argumentStates[i] == JmhShape.BLACKHOLE) {
                if (blackhole == null) {
                    blackhole = blackhole(row.method().getParameterTypes()[i], i);
                }
                arguments[i] = blackhole;
            } else {
                arguments[i] = instances[shape.argumentStates[i]];
            }
        }
        return arguments;
    }

    /** Runs the setups of {@code own}'s instances that are not in {@code shared} (all, when they are the same). */
    private void setUp(Object[] own, Object[] shared) throws Failure {
        for (String level : LEVELS) {
            for (int i = 0; i < own.length; i++) {
                if (own == shared || own[i] != shared[i]) {
                    run(shape.states.get(i).setups, level, own[i], "@Setup");
                }
            }
        }
    }

    /**
     * The arguments of each of {@code threads} threads that call the method at once: the first thread's are
     * {@link #arguments()}; each other thread gets its own instance of every parameter's {@code Scope.Thread} state
     * (its {@code @Param} values injected and its setups run) and its own Blackhole.
     */
    public Object[][] argumentsPerThread(int threads) throws Failure {
        Object[][] all = new Object[threads][];
        all[0] = arguments();
        for (int t = 1; t < threads; t++) {
            Object[] own = instances.clone();
            for (int i = 1; i < own.length; i++) { // 0 is the method's own class: one instance for all threads
                if (JmhAnnotations.threadScoped(shape.states.get(i).type)) {
                    own[i] = create(shape.states.get(i).type);
                }
            }
            for (JmhShape.Injection in : shape.injections(row.params())) {
                if (own[in.state()] != instances[in.state()]) {
                    inject(in, own[in.state()]);
                }
            }
            otherThreads.add(own);
            setUp(own, instances);
            all[t] = argumentsOf(shape, row, own);
        }
        return all;
    }

    /** The instance of the method's own class, on which it is called. */
    public Object target() {
        return instances[0];
    }

    /** The method's arguments, one per parameter. */
    public Object[] arguments() {
        return arguments.clone();
    }

    /** Runs the teardowns; the first that throws stops them and is reported. */
    public void tearDown() throws Failure {
        for (String level : List.of("Iteration", "Trial")) {
            for (Object[] own : otherThreads) {
                for (int i = own.length - 1; i >= 0; i--) {
                    if (own[i] != instances[i]) {
                        run(shape.states.get(i).tearDowns, level, own[i], "@TearDown");
                    }
                }
            }
            for (int i = instances.length - 1; i >= 0; i--) {
                run(shape.states.get(i).tearDowns, level, instances[i], "@TearDown");
            }
        }
    }

    private void run(List<StateClass.Helper> helpers, String level, Object instance, String kind) throws Failure {
        for (StateClass.Helper h : helpers) {
            if (!h.level().equals(level)) {
                continue;
            }
            Method m = h.method();
            try {
                m.setAccessible(true); // public, but possibly declared in a package-private superclass
                m.invoke(Modifier.isStatic(m.getModifiers()) ? null : instance);
            } catch (InvocationTargetException e) {
                throw new Failure("the " + kind + " method " + h.name() + " threw " + ThrownText.describe(e.getCause()));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new Failure("cannot call the " + kind + " method " + h.name() + ": " + e);
            }
        }
    }

    private static Object create(Class<?> type) throws Failure {
        Constructor<?> constructor = BudgetMethods.publicNoArgConstructor(type);
        try {
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw new Failure("the constructor of " + type.getName() + " threw " + ThrownText.describe(e.getCause()));
        } catch (ExceptionInInitializerError e) {
            throw new Failure("the static initialiser of " + type.getName() + " threw "
                    + ThrownText.describe(e.getCause() != null ? e.getCause() : e));
        } catch (ReflectiveOperationException e) {
            throw new Failure("cannot create " + type.getName() + ": " + e);
        }
    }

    private static void inject(JmhShape.Injection in, Object instance) throws Failure {
        Field field = in.field();
        Object converted;
        try {
            converted = ParamValues.convert(field.getType(), in.value());
        } catch (IllegalArgumentException e) {
            throw new Failure(in.describe() + " cannot take the value \"" + in.value() + "\": " + e.getMessage());
        } catch (ExceptionInInitializerError e) {
            throw new Failure("the static initialiser of " + field.getType().getName() + " threw "
                    + ThrownText.describe(e.getCause() != null ? e.getCause() : e));
        }
        try {
            field.setAccessible(true);
            field.set(Modifier.isStatic(field.getModifiers()) ? null : instance, converted);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new Failure("cannot set " + in.describe() + " to \"" + in.value() + "\": " + e);
        }
    }

    /** A real JMH Blackhole, made with the constructor JMH's generated code uses (it insists on a password). */
    private static Object blackhole(Class<?> type, int parameter) throws Failure {
        try {
            return type.getConstructor(String.class).newInstance(JmhAnnotations.BLACKHOLE_CHALLENGE);
        } catch (InvocationTargetException e) {
            throw new Failure("cannot create the Blackhole for parameter " + (parameter + 1) + ": its constructor"
                    + " threw " + e.getCause() + " (is this a JMH version the check does not know?)");
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw new Failure("cannot create the Blackhole for parameter " + (parameter + 1) + " with JMH's public"
                    + " constructor Blackhole(String): " + e + " (is this a JMH version the check does not know?)");
        }
    }
}
