package dev.allocbudget.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import org.junit.jupiter.api.Test;

public class SinkTest {

    public static class Returns {
        public final Object ref = new Object();

        public Object ref() { return ref; }
        public int anInt() { return 100_000; }
        public char aChar() { return 'x'; }
        public long aLong() { return 1L << 40; }
        public float aFloat() { return 1.5f; }
        public double aDouble() { return 2.25; }
        public boolean aBoolean() { return true; }
        public void nothing() {}
    }

    private static void call(String name, Returns target) throws Throwable {
        MethodHandle h = Sink.consuming(Returns.class.getMethod(name));
        assertEquals(MethodType.methodType(void.class, Object.class), h.type());
        h.invokeExact((Object) target);
    }

    @Test
    void everyReturnTypeLandsInItsOwnSlotWithoutBoxing() throws Throwable {
        Returns r = new Returns();
        call("ref", r);
        assertSame(r.ref, Sink.ref);
        call("anInt", r);
        assertEquals(100_000, Sink.i);
        call("aChar", r);
        assertEquals('x', Sink.i);
        call("aLong", r);
        assertEquals(1L << 40, Sink.l);
        call("aFloat", r);
        assertEquals(1.5, Sink.d);
        call("aDouble", r);
        assertEquals(2.25, Sink.d);
        call("aBoolean", r);
        assertEquals(true, Sink.z);
        call("nothing", r);
    }
}
