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

    /**
     * The interface for a kind of result and a number of arguments. Only the one asked for is loaded: a fork
     * measures one method, and loading all thirty cost it 20-30 ms before its first window.
     */
    static Class<?> face(Kind kind, int arity) {
        switch (kind.ordinal() * 5 + arity) { // five numbers of arguments, 0 to MAX_ARGUMENTS (4), per kind
            case 0: return ToVoid.class;
            case 1: return ToVoid1.class;
            case 2: return ToVoid2.class;
            case 3: return ToVoid3.class;
            case 4: return ToVoid4.class;
            case 5: return ToRef.class;
            case 6: return ToRef1.class;
            case 7: return ToRef2.class;
            case 8: return ToRef3.class;
            case 9: return ToRef4.class;
            case 10: return ToInt.class;
            case 11: return ToInt1.class;
            case 12: return ToInt2.class;
            case 13: return ToInt3.class;
            case 14: return ToInt4.class;
            case 15: return ToLong.class;
            case 16: return ToLong1.class;
            case 17: return ToLong2.class;
            case 18: return ToLong3.class;
            case 19: return ToLong4.class;
            case 20: return ToDouble.class;
            case 21: return ToDouble1.class;
            case 22: return ToDouble2.class;
            case 23: return ToDouble3.class;
            case 24: return ToDouble4.class;
            case 25: return ToBoolean.class;
            case 26: return ToBoolean1.class;
            case 27: return ToBoolean2.class;
            case 28: return ToBoolean3.class;
            case 29: return ToBoolean4.class;
            default: throw new IllegalArgumentException(kind + " with " + arity + " arguments");
        }
    }

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
        Class<?> face = face(kind, arity);
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
