package dev.allocbudget.runner.measure;

import dev.allocbudget.runner.shape.JmhShape;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * A call of the measured method through a class that invokes it directly ({@code invokevirtual}), made by the
 * lambda metafactory: the measuring loop calls {@code call}, which calls the method, so the method sits one level
 * below the loop, as it does below a JMH {@code @Benchmark} wrapper. A method-handle chain put it three to four
 * levels down, and C2's inlining depth limit then cut the user's call tree at a different place than JMH's did
 * (a 15- and a 17-deep call chain read 0 and 24 B/op where JMH read 24 and 0).
 *
 * <p>One functional interface per kind of result, so that primitives are never boxed, and per number of arguments
 * (a JMH-shaped method takes a {@code Blackhole} and {@code @State} objects): {@code ToRef2.call(target, a, b)}
 * casts its three arguments and calls {@code target.method(a, b)}, with no array and no boxing, as JMH's generated
 * stub calls {@code bench.method(blackhole, state)}.
 *
 * <p>A method that is itself a JMH {@code @Benchmark} is measured through {@link BenchmarkLoop} instead, which puts
 * it where JMH's stub has it, one level higher.
 */
public final class DirectCall {
    /** The most arguments a direct call passes: the shape rule's limit. */
    static final int MAX_ARGUMENTS = JmhShape.MAX_ARGUMENTS;

    enum Kind { VOID, REF, INT, LONG, DOUBLE, BOOLEAN }

    interface ToVoid { void call(Object target); }

    interface ToRef { Object call(Object target); }

    interface ToInt { int call(Object target); }

    interface ToLong { long call(Object target); }

    interface ToDouble { double call(Object target); }

    interface ToBoolean { boolean call(Object target); }

    interface ToVoid1 { void call(Object target, Object a); }

    interface ToRef1 { Object call(Object target, Object a); }

    interface ToInt1 { int call(Object target, Object a); }

    interface ToLong1 { long call(Object target, Object a); }

    interface ToDouble1 { double call(Object target, Object a); }

    interface ToBoolean1 { boolean call(Object target, Object a); }

    interface ToVoid2 { void call(Object target, Object a, Object b); }

    interface ToRef2 { Object call(Object target, Object a, Object b); }

    interface ToInt2 { int call(Object target, Object a, Object b); }

    interface ToLong2 { long call(Object target, Object a, Object b); }

    interface ToDouble2 { double call(Object target, Object a, Object b); }

    interface ToBoolean2 { boolean call(Object target, Object a, Object b); }

    interface ToVoid3 { void call(Object target, Object a, Object b, Object c); }

    interface ToRef3 { Object call(Object target, Object a, Object b, Object c); }

    interface ToInt3 { int call(Object target, Object a, Object b, Object c); }

    interface ToLong3 { long call(Object target, Object a, Object b, Object c); }

    interface ToDouble3 { double call(Object target, Object a, Object b, Object c); }

    interface ToBoolean3 { boolean call(Object target, Object a, Object b, Object c); }

    interface ToVoid4 { void call(Object target, Object a, Object b, Object c, Object d); }

    interface ToRef4 { Object call(Object target, Object a, Object b, Object c, Object d); }

    interface ToInt4 { int call(Object target, Object a, Object b, Object c, Object d); }

    interface ToLong4 { long call(Object target, Object a, Object b, Object c, Object d); }

    interface ToDouble4 { double call(Object target, Object a, Object b, Object c, Object d); }

    interface ToBoolean4 { boolean call(Object target, Object a, Object b, Object c, Object d); }

    /** The interface for each kind of result (in {@link Kind} order) and each number of arguments. */
    private static final Class<?>[][] FACES = {
        {ToVoid.class, ToVoid1.class, ToVoid2.class, ToVoid3.class, ToVoid4.class},
        {ToRef.class, ToRef1.class, ToRef2.class, ToRef3.class, ToRef4.class},
        {ToInt.class, ToInt1.class, ToInt2.class, ToInt3.class, ToInt4.class},
        {ToLong.class, ToLong1.class, ToLong2.class, ToLong3.class, ToLong4.class},
        {ToDouble.class, ToDouble1.class, ToDouble2.class, ToDouble3.class, ToDouble4.class},
        {ToBoolean.class, ToBoolean1.class, ToBoolean2.class, ToBoolean3.class, ToBoolean4.class},
    };

    final Kind kind;
    /** How many arguments the method takes (besides its target). */
    final int arity;
    /** An instance of the interface of {@link #kind} and {@link #arity}. */
    final Object function;

    private DirectCall(Kind kind, int arity, Object function) {
        this.kind = kind;
        this.arity = arity;
        this.function = function;
    }

    static DirectCall to(Method method) throws Throwable {
        Class<?> returned = method.getReturnType();
        int arity = method.getParameterCount();
        if (arity > MAX_ARGUMENTS) {
            throw new IllegalArgumentException(method + " takes " + arity + " parameters, more than " + MAX_ARGUMENTS);
        }
        Kind kind;
        Class<?> result;
        if (returned == void.class) { kind = Kind.VOID; result = void.class; }
        else if (!returned.isPrimitive()) { kind = Kind.REF; result = Object.class; }
        else if (returned == long.class) { kind = Kind.LONG; result = long.class; }
        else if (returned == float.class || returned == double.class) { kind = Kind.DOUBLE; result = double.class; }
        else if (returned == boolean.class) { kind = Kind.BOOLEAN; result = boolean.class; }
        else { kind = Kind.INT; result = int.class; } // int, short, char, byte: widened
        Class<?> face = FACES[kind.ordinal()][arity];
        Class<?>[] erased = new Class<?>[arity + 1];
        Arrays.fill(erased, Object.class);
        Class<?>[] exact = new Class<?>[arity + 1];
        exact[0] = method.getDeclaringClass();
        System.arraycopy(method.getParameterTypes(), 0, exact, 1, arity);
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodHandle target = lookup.unreflect(method);
        Object function = LambdaMetafactory.metafactory(lookup, "call", MethodType.methodType(face),
                MethodType.methodType(result, erased), target,
                MethodType.methodType(returned, exact)).getTarget().invoke();
        return new DirectCall(kind, arity, function);
    }
}
