package dev.allocbudget.runner;

import java.lang.reflect.Method;

/**
 * The loop that calls the method under test. The call goes through a {@code static final} {@link DirectCall}
 * function, which C2 treats as a constant of a known class: the one method this fork measures is called directly,
 * one level below the loop, and can be inlined as a monomorphic call site in production would be. Results go to
 * {@link Sink}, each kind to its own volatile field, so they escape as with a JMH Blackhole and are never boxed.
 * Set {@link Target#method} before the first call.
 */
final class MeasurementLoop {
    /** Holds the method until the loop's static initialiser reads it (writing a field of the loop itself would initialise the loop too early). */
    static final class Target {
        static volatile Method method;

        private Target() {}
    }

    private static final DirectCall.Kind KIND;
    private static final DirectCall.ToVoid TO_VOID;
    private static final DirectCall.ToRef TO_REF;
    private static final DirectCall.ToInt TO_INT;
    private static final DirectCall.ToLong TO_LONG;
    private static final DirectCall.ToDouble TO_DOUBLE;
    private static final DirectCall.ToBoolean TO_BOOLEAN;

    static {
        DirectCall call;
        try {
            call = DirectCall.to(Target.method);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot call " + Target.method, e);
        }
        KIND = call.kind;
        TO_VOID = KIND == DirectCall.Kind.VOID ? (DirectCall.ToVoid) call.function : null;
        TO_REF = KIND == DirectCall.Kind.REF ? (DirectCall.ToRef) call.function : null;
        TO_INT = KIND == DirectCall.Kind.INT ? (DirectCall.ToInt) call.function : null;
        TO_LONG = KIND == DirectCall.Kind.LONG ? (DirectCall.ToLong) call.function : null;
        TO_DOUBLE = KIND == DirectCall.Kind.DOUBLE ? (DirectCall.ToDouble) call.function : null;
        TO_BOOLEAN = KIND == DirectCall.Kind.BOOLEAN ? (DirectCall.ToBoolean) call.function : null;
    }

    private MeasurementLoop() {}

    /**
     * Bytes the current thread allocated while calling the method {@code n} times on {@code instance}. One loop
     * per kind of result; C2 folds the switch on the constant kind, and the other loops never run.
     */
    static long allocatedBy(Object instance, int n) {
        long before = AllocationCounter.THREADS.getCurrentThreadAllocatedBytes();
        switch (KIND) {
            case VOID: for (int i = 0; i < n; i++) TO_VOID.call(instance); break;
            case REF: for (int i = 0; i < n; i++) Sink.ref = TO_REF.call(instance); break;
            case INT: for (int i = 0; i < n; i++) Sink.i = TO_INT.call(instance); break;
            case LONG: for (int i = 0; i < n; i++) Sink.l = TO_LONG.call(instance); break;
            case DOUBLE: for (int i = 0; i < n; i++) Sink.d = TO_DOUBLE.call(instance); break;
            default: for (int i = 0; i < n; i++) Sink.z = TO_BOOLEAN.call(instance); break;
        }
        return AllocationCounter.THREADS.getCurrentThreadAllocatedBytes() - before;
    }
}
