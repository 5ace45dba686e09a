package dev.allocbudget.runner.measure;

import dev.allocbudget.runner.shape.JmhAnnotations;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * The loop that calls the method under test. The call goes through a {@code static final} {@link DirectCall}
 * function, which C2 treats as a constant of a known class: the one method this fork measures is called directly,
 * one level below the loop, and can be inlined as a monomorphic call site in production would be. Results go to
 * {@link Sink}, each kind to its own volatile field, so they escape as with a JMH Blackhole and are never boxed.
 * Set {@link Target#method} (and {@link Target#arguments} for a method with parameters) before the first call.
 *
 * <p>The target and the arguments are loop-invariant locals, not constants: JMH's generated stub likewise calls
 * {@code bench.method(blackhole, state)} on objects it was handed as parameters. Arguments are read from a
 * {@code static final} array into locals before the loop, so the loop passes them as they are: no array, no boxing.
 *
 * <p>A JMH {@code @Benchmark} method is measured by a {@link BenchmarkLoop} instead, a loop written for it that
 * calls it directly, at the depth JMH's own stub calls it; other budget methods sit one call deeper, where JMH has
 * them below a {@code @Benchmark} wrapper.
 */
public final class MeasurementLoop {
    /** Holds the method until the loop's static initialiser reads it (writing a field of the loop itself would initialise the loop too early). */
    public static final class Target {
        static volatile Method method;
        /** The method's arguments, one per parameter. */
        static volatile Object[] arguments = new Object[0];

        private Target() {}

        /** Names the method to measure, and its arguments; call once, before the loop's first use. */
        public static void set(Method method, Object[] arguments) {
            Target.method = method;
            Target.arguments = arguments;
        }
    }

    private static final DirectCall.Kind KIND;
    private static final DirectCall.ToVoid TO_VOID;
    private static final DirectCall.ToRef TO_REF;
    private static final DirectCall.ToInt TO_INT;
    private static final DirectCall.ToLong TO_LONG;
    private static final DirectCall.ToDouble TO_DOUBLE;
    private static final DirectCall.ToBoolean TO_BOOLEAN;
    /** How many arguments the method takes; 0 takes the path above, unchanged for methods without parameters. */
    private static final int ARITY;
    /** For a method with arguments: the {@link DirectCall} function, cast in each loop to its interface. */
    private static final Object FUNCTION;
    /** The arguments, padded with nulls to {@link DirectCall#MAX_ARGUMENTS}. */
    private static final Object[] ARGUMENTS;
    /** For a JMH {@code @Benchmark} method: its {@link BenchmarkLoop}; null for any other method. */
    private static final MethodHandle BENCHMARK_LOOP;

    static {
        DirectCall call;
        try {
            call = DirectCall.to(Target.method);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot call " + Target.method, e);
        }
        KIND = call.kind;
        ARITY = call.arity;
        FUNCTION = call.function;
        Object[] given = Target.arguments;
        if (given.length != ARITY) {
            throw new IllegalStateException(Target.method + " takes " + ARITY + " arguments, but " + given.length
                    + " were given");
        }
        ARGUMENTS = arguments(given);
        try {
            BENCHMARK_LOOP = JmhAnnotations.has(Target.method, JmhAnnotations.BENCHMARK)
                    ? BenchmarkLoop.of(Target.method) : null;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot write the measuring loop for " + Target.method, e);
        }
        boolean none = ARITY == 0;
        TO_VOID = none && KIND == DirectCall.Kind.VOID ? (DirectCall.ToVoid) call.function : null;
        TO_REF = none && KIND == DirectCall.Kind.REF ? (DirectCall.ToRef) call.function : null;
        TO_INT = none && KIND == DirectCall.Kind.INT ? (DirectCall.ToInt) call.function : null;
        TO_LONG = none && KIND == DirectCall.Kind.LONG ? (DirectCall.ToLong) call.function : null;
        TO_DOUBLE = none && KIND == DirectCall.Kind.DOUBLE ? (DirectCall.ToDouble) call.function : null;
        TO_BOOLEAN = none && KIND == DirectCall.Kind.BOOLEAN ? (DirectCall.ToBoolean) call.function : null;
    }

    private MeasurementLoop() {}

    /**
     * Bytes allocated (by all threads, or the caller: see {@link AllocationCounter}) while calling the method {@code n} times on {@code instance}. One loop
     * per kind of result (and number of arguments); C2 folds the switches on the constant kind and arity, and the
     * other loops never run.
     */
    public static long allocatedBy(Object instance, int n) {
        return allocatedBy(instance, ARGUMENTS, n);
    }

    /**
     * As {@link #allocatedBy(Object, int)}, with arguments of the calling thread's own ({@link #arguments}): one of
     * the threads of a method with {@code threads = N} ({@link ParallelCalls}), whose {@code Scope.Thread} states are
     * its own.
     */
    static long allocatedBy(Object instance, Object[] arguments, int n) {
        if (BENCHMARK_LOOP != null) {
            return benchmarkLoop(instance, arguments, n);
        }
        switch (ARITY) {
            case 0: break;
            case 1: return allocatedBy1(instance, arguments, n);
            case 2: return allocatedBy2(instance, arguments, n);
            case 3: return allocatedBy3(instance, arguments, n);
            default: return allocatedBy4(instance, arguments, n);
        }
        long before = AllocationCounter.read();
        switch (KIND) {
            case VOID: for (int i = 0; i < n; i++) TO_VOID.call(instance); break;
            case REF: for (int i = 0; i < n; i++) Sink.ref = TO_REF.call(instance); break;
            case INT: for (int i = 0; i < n; i++) Sink.i = TO_INT.call(instance); break;
            case LONG: for (int i = 0; i < n; i++) Sink.l = TO_LONG.call(instance); break;
            case DOUBLE: for (int i = 0; i < n; i++) Sink.d = TO_DOUBLE.call(instance); break;
            default: for (int i = 0; i < n; i++) Sink.z = TO_BOOLEAN.call(instance); break;
        }
        return AllocationCounter.read() - before;
    }

    /** The method's arguments as the loops take them: padded with nulls to {@link DirectCall#MAX_ARGUMENTS}. */
    static Object[] arguments(Object[] given) {
        return Arrays.copyOf(given, DirectCall.MAX_ARGUMENTS);
    }

    private static long benchmarkLoop(Object instance, Object[] arguments, int n) {
        try {
            return (long) BENCHMARK_LOOP.invokeExact(instance, arguments[0], arguments[1], arguments[2],
                    arguments[3], n);
        } catch (Throwable t) {
            throw MeasurementLoop.<RuntimeException>rethrow(t); // what the method threw, checked or not, as it is
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T rethrow(Throwable t) throws T {
        throw (T) t;
    }

    // One method per number of arguments. In each loop the function is a constant (a static final, cast to the
    // class it is), so C2 calls it directly, as it does through the typed fields above.

    private static long allocatedBy1(Object t, Object[] arguments, int n) {
        Object a = arguments[0];
        long before = AllocationCounter.read();
        switch (KIND) {
            case VOID: { var f = (DirectCall.ToVoid1) FUNCTION; for (int i = 0; i < n; i++) f.call(t, a); break; }
            case REF: { var f = (DirectCall.ToRef1) FUNCTION; for (int i = 0; i < n; i++) Sink.ref = f.call(t, a); break; }
            case INT: { var f = (DirectCall.ToInt1) FUNCTION; for (int i = 0; i < n; i++) Sink.i = f.call(t, a); break; }
            case LONG: { var f = (DirectCall.ToLong1) FUNCTION; for (int i = 0; i < n; i++) Sink.l = f.call(t, a); break; }
            case DOUBLE: { var f = (DirectCall.ToDouble1) FUNCTION; for (int i = 0; i < n; i++) Sink.d = f.call(t, a); break; }
            default: { var f = (DirectCall.ToBoolean1) FUNCTION; for (int i = 0; i < n; i++) Sink.z = f.call(t, a); break; }
        }
        return AllocationCounter.read() - before;
    }

    private static long allocatedBy2(Object t, Object[] arguments, int n) {
        Object a = arguments[0];
        Object b = arguments[1];
        long before = AllocationCounter.read();
        switch (KIND) {
            case VOID: { var f = (DirectCall.ToVoid2) FUNCTION; for (int i = 0; i < n; i++) f.call(t, a, b); break; }
            case REF: { var f = (DirectCall.ToRef2) FUNCTION; for (int i = 0; i < n; i++) Sink.ref = f.call(t, a, b); break; }
            case INT: { var f = (DirectCall.ToInt2) FUNCTION; for (int i = 0; i < n; i++) Sink.i = f.call(t, a, b); break; }
            case LONG: { var f = (DirectCall.ToLong2) FUNCTION; for (int i = 0; i < n; i++) Sink.l = f.call(t, a, b); break; }
            case DOUBLE: { var f = (DirectCall.ToDouble2) FUNCTION; for (int i = 0; i < n; i++) Sink.d = f.call(t, a, b); break; }
            default: { var f = (DirectCall.ToBoolean2) FUNCTION; for (int i = 0; i < n; i++) Sink.z = f.call(t, a, b); break; }
        }
        return AllocationCounter.read() - before;
    }

    private static long allocatedBy3(Object t, Object[] arguments, int n) {
        Object a = arguments[0];
        Object b = arguments[1];
        Object c = arguments[2];
        long before = AllocationCounter.read();
        switch (KIND) {
            case VOID: { var f = (DirectCall.ToVoid3) FUNCTION; for (int i = 0; i < n; i++) f.call(t, a, b, c); break; }
            case REF: { var f = (DirectCall.ToRef3) FUNCTION; for (int i = 0; i < n; i++) Sink.ref = f.call(t, a, b, c); break; }
            case INT: { var f = (DirectCall.ToInt3) FUNCTION; for (int i = 0; i < n; i++) Sink.i = f.call(t, a, b, c); break; }
            case LONG: { var f = (DirectCall.ToLong3) FUNCTION; for (int i = 0; i < n; i++) Sink.l = f.call(t, a, b, c); break; }
            case DOUBLE: { var f = (DirectCall.ToDouble3) FUNCTION; for (int i = 0; i < n; i++) Sink.d = f.call(t, a, b, c); break; }
            default: { var f = (DirectCall.ToBoolean3) FUNCTION; for (int i = 0; i < n; i++) Sink.z = f.call(t, a, b, c); break; }
        }
        return AllocationCounter.read() - before;
    }

    private static long allocatedBy4(Object t, Object[] arguments, int n) {
        Object a = arguments[0];
        Object b = arguments[1];
        Object c = arguments[2];
        Object d = arguments[3];
        long before = AllocationCounter.read();
        switch (KIND) {
            case VOID: { var f = (DirectCall.ToVoid4) FUNCTION; for (int i = 0; i < n; i++) f.call(t, a, b, c, d); break; }
            case REF: { var f = (DirectCall.ToRef4) FUNCTION; for (int i = 0; i < n; i++) Sink.ref = f.call(t, a, b, c, d); break; }
            case INT: { var f = (DirectCall.ToInt4) FUNCTION; for (int i = 0; i < n; i++) Sink.i = f.call(t, a, b, c, d); break; }
            case LONG: { var f = (DirectCall.ToLong4) FUNCTION; for (int i = 0; i < n; i++) Sink.l = f.call(t, a, b, c, d); break; }
            case DOUBLE: { var f = (DirectCall.ToDouble4) FUNCTION; for (int i = 0; i < n; i++) Sink.d = f.call(t, a, b, c, d); break; }
            default: { var f = (DirectCall.ToBoolean4) FUNCTION; for (int i = 0; i < n; i++) Sink.z = f.call(t, a, b, c, d); break; }
        }
        return AllocationCounter.read() - before;
    }
}
