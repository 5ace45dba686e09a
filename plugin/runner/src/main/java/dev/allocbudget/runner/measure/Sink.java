package dev.allocbudget.runner.measure;

/**
 * Where the measured method's result goes: a volatile field per kind of value, so a reference result escapes (as
 * with a JMH Blackhole) and a primitive result is never boxed. Boxing an {@code int} outside the Integer cache
 * would charge the method 16 B that JMH does not see.
 */
public final class Sink {
    public static volatile Object ref;
    static volatile int i;
    public static volatile long l;
    static volatile double d;
    static volatile boolean z;

    private Sink() {}
}
