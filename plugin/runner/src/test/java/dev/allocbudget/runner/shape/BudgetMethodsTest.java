package dev.allocbudget.runner.shape;

import dev.allocbudget.runner.protocol.MethodId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.AllocationBudget;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

public class BudgetMethodsTest {

    public static class Valid {
        @AllocationBudget(bytes = 0)
        public int ok() {
            return 1;
        }

        @AllocationBudget
        public void unlimitedVoid() {}

        @AllocationBudget
        public static void isStatic() {}

        @AllocationBudget
        public void takesArgs(int x) {}

        @AllocationBudget
        void packagePrivate() {}

        @AllocationBudget(bytes = -5)
        public void negative() {}

        @AllocationBudget(objects = -2)
        public void negativeObjects() {}

        @AllocationBudget(tolerancePercent = -3)
        public void negativeTolerance() {}

        @AllocationBudget(tolerancePercent = Double.NaN)
        public void nanTolerance() {}

        @AllocationBudget(tolerancePercent = 5)
        public void tolerant() {}
    }

    public static class NoDefaultConstructor {
        public NoDefaultConstructor(int x) {}

        @AllocationBudget
        public void m() {}
    }

    public class Inner {
        @AllocationBudget
        public void m() {}
    }

    static class NotPublic {
        @AllocationBudget
        public void m() {}
    }

    public abstract static class Abstract {
        @AllocationBudget
        public void m() {}
    }

    private static String problem(Class<?> type, String name, Class<?>... params) throws Exception {
        Method m = type.getDeclaredMethod(name, params);
        return BudgetMethods.problemWith(m, JavaBudgets.of(m));
    }

    @Test
    void validShapesHaveNoProblem() throws Exception {
        assertNull(problem(Valid.class, "ok"));
        assertNull(problem(Valid.class, "unlimitedVoid"));
        assertNull(problem(Valid.class, "tolerant"));
    }

    @Test
    void eachBrokenRuleIsNamed() throws Exception {
        assertEquals("method is static; budget methods are instance methods (the fields of their class are the state)",
                problem(Valid.class, "isStatic"));
        // without JMH on the classpath (as here) a method with parameters is refused as before; with JMH, see JmhShapeTest
        assertEquals("method takes 1 parameter(s); budget methods take none", problem(Valid.class, "takesArgs", int.class));
        assertEquals("method is not public; budget methods must be public", problem(Valid.class, "packagePrivate"));
        assertEquals("bytes = -5 is not a valid budget; use 0 or more, or -1 for no limit", problem(Valid.class, "negative"));
        assertEquals("objects = -2 is not a valid budget; use 0 or more, or -1 for no limit",
                problem(Valid.class, "negativeObjects"));
        assertEquals("tolerancePercent = -3.0 is not valid; use a percentage from 0 to 1000, or -1 for the build's"
                + " default", problem(Valid.class, "negativeTolerance"));
        assertTrue(problem(Valid.class, "nanTolerance").startsWith("tolerancePercent = NaN is not valid"));
        assertTrue(problem(NoDefaultConstructor.class, "m").contains("has no public no-argument constructor"));
        assertTrue(problem(Inner.class, "m").contains("is an inner (non-static) class"));
        assertTrue(problem(NotPublic.class, "m").contains("is not public"));
        assertTrue(problem(Abstract.class, "m").contains("is abstract"));
    }

    @Test
    void idUsesDollarForNestedClasses() throws Exception {
        assertEquals("dev.allocbudget.runner.shape.BudgetMethodsTest$Valid#ok",
                MethodId.of(Valid.class.getMethod("ok")).toString());
    }

    @Test
    void resolveFindsTheAnnotatedMethodByIdAndRejectsUnknownOnes() throws Exception {
        ClassLoader loader = getClass().getClassLoader();
        BudgetRow row = BudgetMethods.resolve(MethodId.of(Valid.class.getMethod("ok")), loader);
        assertEquals(Valid.class.getMethod("ok"), row.method());
        assertEquals(ParamRow.NONE, row.params(), "a method without @Param fields has one row, named by its id");
        assertThrows(IllegalArgumentException.class, () -> BudgetMethods.resolve(MethodId.parse(Valid.class.getName() + "#ok[a=1]"), loader));
        assertThrows(IllegalArgumentException.class, () -> BudgetMethods.resolve(MethodId.parse(Valid.class.getName() + "#missing"), loader));
        assertThrows(IllegalArgumentException.class, () -> MethodId.parse("no.hash.Here"));
    }
}
