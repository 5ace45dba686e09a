package demo;

import dev.allocbudget.AllocationBudget;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A benchmark the user already had, with a budget added: run as written, one row per @Param value. */
@State(Scope.Thread)
public class ArrayBench {
    @Param({"8", "64"})
    public int size;

    private int fill;

    @Setup
    public void setup() {
        fill = size / 2;
    }

    @Benchmark
    @AllocationBudget(bytes = 272)
    public int[] allocate() {
        int[] a = new int[size]; // escapes: returned
        a[0] = fill;
        return a;
    }
}
