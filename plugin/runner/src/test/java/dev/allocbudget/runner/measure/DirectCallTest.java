package dev.allocbudget.runner.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

public class DirectCallTest {

    public static class Returns {
        public final Object ref = new Object();
        public int calls;

        public Object ref() { return ref; }
        public int anInt() { return 100_000; }
        public char aChar() { return 'x'; }
        public long aLong() { return 1L << 40; }
        public float aFloat() { return 1.5f; }
        public double aDouble() { return 2.25; }
        public boolean aBoolean() { return true; }
        public void nothing() { calls++; }
    }

    /** Methods with arguments, as JMH-shaped methods take them (a Blackhole, @State objects). */
    public static class Takes {
        public int sum(Integer a, Integer b) { return a + b; }
        public long four(Object a, Object b, Object c, Object d) { return (a == d ? 1 : 0) + (b == c ? 2 : 0); }
        public String name(Thread t) { return t.getName(); }
        public boolean same(Object a, Object b, Object c) { return a == b && b == c; }
        public double half(Integer a) { return a / 2.0; }
        public void record(List<String> seen) { seen.add("called"); }
        public int five(Object a, Object b, Object c, Object d, Object e) { return 5; }
    }

    private static DirectCall call(String name) throws Throwable {
        return DirectCall.to(Returns.class.getMethod(name));
    }

    @Test
    void everyKindOfResultHasItsOwnFunctionSoNothingIsBoxed() throws Throwable {
        Returns r = new Returns();
        assertEquals(DirectCall.Kind.REF, call("ref").kind);
        assertSame(r.ref, ((DirectCall.ToRef) call("ref").function).call(r));
        assertEquals(100_000, ((DirectCall.ToInt) call("anInt").function).call(r));
        assertEquals('x', ((DirectCall.ToInt) call("aChar").function).call(r), "char widened to int");
        assertEquals(1L << 40, ((DirectCall.ToLong) call("aLong").function).call(r));
        assertEquals(1.5, ((DirectCall.ToDouble) call("aFloat").function).call(r), "float widened to double");
        assertEquals(2.25, ((DirectCall.ToDouble) call("aDouble").function).call(r));
        assertEquals(true, ((DirectCall.ToBoolean) call("aBoolean").function).call(r));
        ((DirectCall.ToVoid) call("nothing").function).call(r);
        assertEquals(1, r.calls);
    }

    @Test
    void theFunctionCallsTheMethodDirectly() throws Throwable {
        // a direct invokevirtual from the generated class: no method-handle frames (hidden ones included) between
        // the caller and the method, so C2's inlining depth sees one level, as below a JMH @Benchmark wrapper
        List<String> seen = new ArrayList<>();
        Object target = new Object() {
            @Override
            public String toString() {
                StackWalker.getInstance(StackWalker.Option.SHOW_HIDDEN_FRAMES)
                        .forEach(f -> seen.add(f.getClassName() + "." + f.getMethodName()));
                return "";
            }
        };
        ((DirectCall.ToRef) DirectCall.to(Object.class.getMethod("toString")).function).call(target);
        assertTrue(seen.get(1).matches(".*\\$\\$Lambda.*\\.call"), seen.toString());
        assertEquals(getClass().getName() + ".theFunctionCallsTheMethodDirectly", seen.get(2), seen.toString());
    }

    @Test
    void methodsWithArgumentsGetOneInterfacePerArityAndKindAndTakeTheArgumentsAsTheyAre() throws Throwable {
        Takes t = new Takes();
        DirectCall sum = DirectCall.to(Takes.class.getMethod("sum", Integer.class, Integer.class));
        assertEquals(DirectCall.Kind.INT, sum.kind);
        assertEquals(2, sum.arity);
        assertEquals(7, ((DirectCall.ToInt2) sum.function).call(t, 3, 4));
        Object x = new Object();
        Object y = new Object();
        DirectCall four = DirectCall.to(Takes.class.getMethod("four", Object.class, Object.class, Object.class, Object.class));
        assertEquals(3L, ((DirectCall.ToLong4) four.function).call(t, x, y, y, x));
        DirectCall name = DirectCall.to(Takes.class.getMethod("name", Thread.class));
        assertEquals(Thread.currentThread().getName(),
                ((DirectCall.ToRef1) name.function).call(t, Thread.currentThread()));
        DirectCall same = DirectCall.to(Takes.class.getMethod("same", Object.class, Object.class, Object.class));
        assertTrue(((DirectCall.ToBoolean3) same.function).call(t, x, x, x));
        assertEquals(1.5, ((DirectCall.ToDouble1) DirectCall.to(Takes.class.getMethod("half", Integer.class)).function)
                .call(t, 3));
        List<String> seen = new ArrayList<>();
        ((DirectCall.ToVoid1) DirectCall.to(Takes.class.getMethod("record", List.class)).function).call(t, seen);
        assertEquals(List.of("called"), seen);
        // the argument's type is checked by the generated class's cast, as javac's code would
        assertThrows(ClassCastException.class, () -> ((DirectCall.ToRef1) name.function).call(t, "not a thread"));
    }

    @Test
    void withArgumentsTheFunctionStillCallsTheMethodDirectlyWithFixedArity() throws Throwable {
        // the same shape as without arguments: the loop calls call(target, a, b), a fixed-arity interface method
        // (no varargs array), whose generated class casts and invokes the method directly; no method-handle frames
        List<String> seen = new ArrayList<>();
        class Walker {
            public Object walk(Object a, Object b) {
                StackWalker.getInstance(StackWalker.Option.SHOW_HIDDEN_FRAMES)
                        .forEach(f -> seen.add(f.getClassName() + "." + f.getMethodName()));
                return a;
            }
        }
        DirectCall call = DirectCall.to(Walker.class.getMethod("walk", Object.class, Object.class));
        Object function = call.function;
        java.lang.reflect.Method face = DirectCall.ToRef2.class.getMethods()[0];
        assertFalse(face.isVarArgs());
        assertEquals(List.of(Object.class, Object.class, Object.class), List.of(face.getParameterTypes()));
        assertSame(seen, ((DirectCall.ToRef2) function).call(new Walker(), seen, null));
        assertEquals(Walker.class.getName() + ".walk", seen.get(0), seen.toString());
        assertTrue(seen.get(1).matches(".*\\$\\$Lambda.*\\.call"), seen.toString());
        assertEquals(getClass().getName() + ".withArgumentsTheFunctionStillCallsTheMethodDirectlyWithFixedArity",
                seen.get(2), seen.toString());
    }

    @Test
    void moreArgumentsThanTheLoopPassesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DirectCall.to(
                Takes.class.getMethod("five", Object.class, Object.class, Object.class, Object.class, Object.class)));
        assertTrue(e.getMessage().contains("more than 4"), e.getMessage());
    }

    @Test
    void eachKindAndNumberOfArgumentsHasItsInterface() {
        for (DirectCall.Kind kind : DirectCall.Kind.values()) {
            for (int arity = 0; arity <= DirectCall.MAX_ARGUMENTS; arity++) {
                Class<?> face = DirectCall.face(kind, arity);
                String name = kind.name().charAt(0) + kind.name().substring(1).toLowerCase(java.util.Locale.ROOT);
                assertEquals("To" + name + (arity == 0 ? "" : arity), face.getSimpleName());
                assertEquals(arity + 1, face.getMethods()[0].getParameterCount(), face.getName());
            }
        }
    }
}
