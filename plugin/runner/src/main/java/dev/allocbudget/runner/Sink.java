package dev.allocbudget.runner;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;

/**
 * Where the measured method's result goes. Each value is written to a volatile field of its own primitive type, so
 * a reference result escapes (as with a JMH Blackhole) and a primitive result is never boxed: boxing an {@code int}
 * outside the Integer cache would charge the method 16 B that JMH does not see.
 */
final class Sink {
    static volatile Object ref;
    static volatile int i;
    static volatile long l;
    static volatile double d;
    static volatile boolean z;

    private Sink() {}

    /**
     * A handle of type {@code (Object)void} that calls {@code method} on its argument and writes the result to the
     * sink. Combined from constant handles, it inlines into the measuring loop as a direct call.
     */
    static MethodHandle consuming(Method method) throws ReflectiveOperationException {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodHandle call = MethodHandles.publicLookup().unreflect(method);
        Class<?> returned = method.getReturnType();
        if (returned != void.class) {
            Class<?> slot;
            String field;
            if (!returned.isPrimitive()) { slot = Object.class; field = "ref"; }
            else if (returned == long.class) { slot = long.class; field = "l"; }
            else if (returned == float.class || returned == double.class) { slot = double.class; field = "d"; }
            else if (returned == boolean.class) { slot = boolean.class; field = "z"; }
            else { slot = int.class; field = "i"; } // int, short, char, byte: widened, not boxed
            MethodHandle setter = lookup.findStaticSetter(Sink.class, field, slot);
            call = MethodHandles.filterReturnValue(call.asType(call.type().changeReturnType(slot)), setter);
        }
        return call.asType(MethodType.methodType(void.class, Object.class));
    }
}
