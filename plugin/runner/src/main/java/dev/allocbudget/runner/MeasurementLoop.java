package dev.allocbudget.runner;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;

/**
 * The loop that calls the method under test. Its call site is a {@code static final} method handle, which C2 treats
 * as a constant: the one method this fork measures is called directly and can be inlined, as a monomorphic call
 * site in production would be. Set {@link Target#method} before the first call.
 */
final class MeasurementLoop {
    /** Holds the method until the loop's static initialiser reads it (writing a field of the loop itself would initialise the loop too early). */
    static final class Target {
        static volatile Method method;

        private Target() {}
    }

    private static final MethodHandle CALL;

    static {
        try {
            CALL = Sink.consuming(Target.method);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot call " + Target.method, e);
        }
    }

    private MeasurementLoop() {}

    /** Bytes the current thread allocated while calling the method {@code n} times on {@code instance}. */
    static long allocatedBy(Object instance, int n) throws Throwable {
        long before = AllocationCounter.THREADS.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < n; i++) {
            CALL.invokeExact(instance);
        }
        return AllocationCounter.THREADS.getCurrentThreadAllocatedBytes() - before;
    }
}
