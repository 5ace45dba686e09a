package dev.allocbudget.runner;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;

/**
 * A call of the measured method through a class that invokes it directly ({@code invokevirtual}), made by the
 * lambda metafactory: the measuring loop calls {@code call}, which calls the method, so the method sits one level
 * below the loop, as it does below a JMH {@code @Benchmark} wrapper. A method-handle chain put it three to four
 * levels down, and C2's inlining depth limit then cut the user's call tree at a different place than JMH's did
 * (a 15- and a 17-deep call chain read 0 and 24 B/op where JMH read 24 and 0).
 *
 * <p>One functional interface per kind of result, so that primitives are never boxed.
 */
final class DirectCall {
    enum Kind { VOID, REF, INT, LONG, DOUBLE, BOOLEAN }

    interface ToVoid { void call(Object target); }

    interface ToRef { Object call(Object target); }

    interface ToInt { int call(Object target); }

    interface ToLong { long call(Object target); }

    interface ToDouble { double call(Object target); }

    interface ToBoolean { boolean call(Object target); }

    final Kind kind;
    /** An instance of the interface of {@link #kind}. */
    final Object function;

    private DirectCall(Kind kind, Object function) {
        this.kind = kind;
        this.function = function;
    }

    static DirectCall to(Method method) throws Throwable {
        Class<?> returned = method.getReturnType();
        Kind kind;
        Class<?> face;
        Class<?> result;
        if (returned == void.class) { kind = Kind.VOID; face = ToVoid.class; result = void.class; }
        else if (!returned.isPrimitive()) { kind = Kind.REF; face = ToRef.class; result = Object.class; }
        else if (returned == long.class) { kind = Kind.LONG; face = ToLong.class; result = long.class; }
        else if (returned == float.class || returned == double.class) { kind = Kind.DOUBLE; face = ToDouble.class; result = double.class; }
        else if (returned == boolean.class) { kind = Kind.BOOLEAN; face = ToBoolean.class; result = boolean.class; }
        else { kind = Kind.INT; face = ToInt.class; result = int.class; } // int, short, char, byte: widened
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodHandle target = lookup.unreflect(method);
        Object function = LambdaMetafactory.metafactory(lookup, "call", MethodType.methodType(face),
                MethodType.methodType(result, Object.class), target,
                MethodType.methodType(returned, method.getDeclaringClass())).getTarget().invoke();
        return new DirectCall(kind, function);
    }
}
