package dev.allocbudget.runner.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

public class BenchmarkLoopTest {

    public static class Target {
        public int calls;
        public final List<String> frames = new ArrayList<>();

        public void nothing() { calls++; }
        public Object ref(Object a) { calls++; return a; }
        public char letter(Object a, Object b) { calls++; return 'x'; }
        public long big(Object a, Object b, Object c) { calls++; return 1L << 40; }
        public float ratio(Object a, Object b, Object c, Object d) { calls++; return 1.5f; }
        public boolean yes(Integer a) { calls++; return a == 7; }
        public String name(Thread t) { return t.getName(); }
        public byte[] kilobyte() { return new byte[1000]; }
        public void fail() throws Exception { throw new java.io.IOException("checked"); }

        public Object walk(String a) {
            StackWalker.getInstance(StackWalker.Option.SHOW_HIDDEN_FRAMES)
                    .forEach(f -> frames.add(f.getClassName() + "." + f.getMethodName()));
            return a;
        }
    }

    private static long run(String name, Target t, Object... args) throws Throwable {
        return run(loop(name), t, args);
    }

    private static MethodHandle loop(String name) throws IllegalAccessException {
        java.lang.reflect.Method m = null;
        for (java.lang.reflect.Method c : Target.class.getMethods()) {
            if (c.getName().equals(name)) m = c;
        }
        return BenchmarkLoop.of(m);
    }

    private static long run(MethodHandle loop, Target t, Object... args) throws Throwable {
        Object[] a = java.util.Arrays.copyOf(args, 4);
        return (long) loop.invokeExact((Object) t, a[0], a[1], a[2], a[3], 3);
    }

    @Test
    void theLoopCallsTheMethodItselfWithNoFrameBetween() throws Throwable {
        Target t = new Target();
        run("walk", t, "a");
        // the method, then the generated loop: as JMH's stub calls a @Benchmark method, with no call() in between
        assertEquals(Target.class.getName() + ".walk", t.frames.get(0), t.frames.toString());
        assertTrue(t.frames.get(1).startsWith(BenchmarkLoop.class.getName() + "$Run") && t.frames.get(1).endsWith(".run"),
                t.frames.toString());
    }

    @Test
    void everyKindOfResultGoesToItsSinkAndArgumentsArePassedAsTheyAre() throws Throwable {
        Target t = new Target();
        Object arg = new Object();
        run("nothing", t);
        assertEquals(3, t.calls);
        run("ref", t, arg);
        assertSame(arg, Sink.ref);
        run("letter", t, arg, arg);
        assertEquals('x', Sink.i);
        run("big", t, arg, arg, arg);
        assertEquals(1L << 40, Sink.l);
        run("ratio", t, arg, arg, arg, arg);
        assertEquals(1.5, Sink.d);
        run("yes", t, 7);
        assertTrue(Sink.z);
        assertEquals(3 * 6, t.calls);
        run("name", t, Thread.currentThread());
        assertEquals(Thread.currentThread().getName(), Sink.ref);
    }

    @Test
    void theLoopReturnsWhatTheCallsAllocated() throws Throwable {
        // three byte[1000] (1016 B each) that escape to the sink; the first run also links the call site, so the
        // second is the one that must read exactly three arrays (this JVM counts the calling thread only, see the pom)
        MethodHandle loop = loop("kilobyte");
        Target t = new Target();
        run(loop, t);
        assertEquals(3 * 1016, run(loop, t));
        assertEquals(1000, ((byte[]) Sink.ref).length);
    }

    @Test
    void theArgumentsAreCastToTheParameterTypesAndWhatTheMethodThrowsComesOutAsItIs() {
        assertThrows(ClassCastException.class, () -> run("name", new Target(), "not a thread"));
        java.io.IOException e = assertThrows(java.io.IOException.class, () -> run("fail", new Target()));
        assertEquals("checked", e.getMessage());
    }
}
