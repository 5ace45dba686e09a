package dev.allocbudget.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
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
}
