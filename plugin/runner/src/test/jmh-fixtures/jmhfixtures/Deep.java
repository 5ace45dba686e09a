package jmhfixtures;

import dev.allocbudget.AllocationBudget;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Call chains whose last method returns a new int[2] that its caller sums: C2 scalar-replaces the array unless its
 * inlining depth limit (MaxInlineLevel, 15) cuts the chain next to it, so the figure shows how deep below the
 * measuring loop the method sits. JMH 1.37 (JDK 17 and 25) reads 0 B/op for the 15-method chain under @Benchmark and
 * 24 B/op for the 16-method one; a budget method without @Benchmark sits one call deeper, as below a JMH wrapper.
 */
@State(Scope.Thread)
public class Deep {
    public int small = 100;

    @Benchmark
    @AllocationBudget
    public int chain15() {
        return c15_1(small);
    }

    @Benchmark
    @AllocationBudget
    public int chain16() {
        return c16_1(small);
    }

    /** Not a @Benchmark: as deep as chain16 is under JMH, through a wrapper. */
    @AllocationBudget
    public int plainChain15() {
        return c15_1(small);
    }

    private static int c15_1(int v) { return c15_2(v + 1); }
    private static int c15_2(int v) { return c15_3(v + 1); }
    private static int c15_3(int v) { return c15_4(v + 1); }
    private static int c15_4(int v) { return c15_5(v + 1); }
    private static int c15_5(int v) { return c15_6(v + 1); }
    private static int c15_6(int v) { return c15_7(v + 1); }
    private static int c15_7(int v) { return c15_8(v + 1); }
    private static int c15_8(int v) { return c15_9(v + 1); }
    private static int c15_9(int v) { return c15_10(v + 1); }
    private static int c15_10(int v) { return c15_11(v + 1); }
    private static int c15_11(int v) { return c15_12(v + 1); }
    private static int c15_12(int v) { return c15_13(v + 1); }
    private static int c15_13(int v) { return c15_14(v + 1); }
    private static int c15_14(int v) { int[] p = c15_15(v); return p[0] + p[1]; }
    private static int[] c15_15(int v) { return new int[] {v, v + 1}; }

    private static int c16_1(int v) { return c16_2(v + 1); }
    private static int c16_2(int v) { return c16_3(v + 1); }
    private static int c16_3(int v) { return c16_4(v + 1); }
    private static int c16_4(int v) { return c16_5(v + 1); }
    private static int c16_5(int v) { return c16_6(v + 1); }
    private static int c16_6(int v) { return c16_7(v + 1); }
    private static int c16_7(int v) { return c16_8(v + 1); }
    private static int c16_8(int v) { return c16_9(v + 1); }
    private static int c16_9(int v) { return c16_10(v + 1); }
    private static int c16_10(int v) { return c16_11(v + 1); }
    private static int c16_11(int v) { return c16_12(v + 1); }
    private static int c16_12(int v) { return c16_13(v + 1); }
    private static int c16_13(int v) { return c16_14(v + 1); }
    private static int c16_14(int v) { return c16_15(v + 1); }
    private static int c16_15(int v) { int[] p = c16_16(v); return p[0] + p[1]; }
    private static int[] c16_16(int v) { return new int[] {v, v + 1}; }
}
