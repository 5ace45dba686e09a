package jmhfixtures;

import dev.allocbudget.AllocationBudget;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/** A JMH benchmark class with budgets: two @Param fields (2 x 2 rows), a Blackhole, another @State class. */
@State(Scope.Benchmark)
public class Bench {
    @Param({"16", "1024"})
    public int size;

    @Param({"ascii", "utf8"})
    public String kind;

    public byte[] buffer;
    public Object field = new Object();

    @Setup(Level.Trial)
    public void setup() {
        buffer = new byte[size];
        Log.add("Bench.setup size=" + size + " kind=" + kind);
    }

    @Setup(Level.Iteration)
    public void iteration() {
        Log.add("Bench.iteration");
    }

    @TearDown
    public void done() {
        Log.add("Bench.done");
    }

    /** Hands a field to the Blackhole: allocates nothing (JMH: 0 B/op). */
    @Benchmark
    @AllocationBudget(bytes = 0)
    public void consumeField(Blackhole bh) {
        bh.consume(field);
    }

    /** An int[8] handed to the Blackhole escapes: 16 B header + 32 B (JMH: 48 B/op). */
    @Benchmark
    @AllocationBudget(bytes = 48)
    public void consumeNew(Blackhole bh) {
        bh.consume(new int[8]);
    }

    /** Copies the @State's bytes into a new array each call: 16 + length B, rounded up to 8. */
    @Benchmark
    @AllocationBudget
    public int copy(Buffers buffers, Blackhole bh) {
        byte[] copy = buffers.data.clone();
        bh.consume(copy);
        return copy.length;
    }

    /** Two parameters of one @State class: one instance. */
    @AllocationBudget(bytes = 0)
    public boolean sameState(Buffers a, Buffers b) {
        return a == b;
    }
}
