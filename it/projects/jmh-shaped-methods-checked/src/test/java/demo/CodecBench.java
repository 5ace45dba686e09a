package demo;

import dev.allocbudget.AllocationBudget;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/** A JMH benchmark class as users have them, with budgets on its benchmarks: one row per @Param combination. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CodecBench {
    @Param({"16", "1024"})
    public int size;

    @Param({"ascii", "utf8"})
    public String kind;

    private String text;
    private final Object field = new Object();

    @Setup(Level.Trial)
    public void setup() {
        text = String.valueOf(kind.equals("ascii") ? 'a' : '\u00e9').repeat(size);
        Helpers.log("CodecBench.setup kind=" + kind + " size=" + size);
    }

    @TearDown
    public void tearDown() {
        Helpers.log("CodecBench.tearDown");
    }

    /** Hands an existing object to the Blackhole: allocation-free. */
    @Benchmark
    @AllocationBudget(bytes = 0)
    public void consume(Blackhole bh) {
        bh.consume(field);
    }

    /** One byte[] of the UTF-8 length: 16 + size B for ascii, 16 + 2 * size B for utf8. */
    @Benchmark
    @AllocationBudget(bytes = 2064)
    public void encode(Blackhole bh) {
        bh.consume(Codec.encode(text));
    }

    /** A String (24 B) and its byte[64] (80 B), whatever the row; counted, as it has an objects budget. */
    @Benchmark
    @AllocationBudget(bytes = 104, objects = 2)
    public String decode(Buffers buffers) {
        return Codec.decode(buffers.data);
    }

    /** Refused: JMH can pass a String to no benchmark method, and neither can the check. */
    @AllocationBudget(bytes = 0)
    public int takesText(String text) {
        return text.length();
    }

    /** Refused: its state's per-call setup would be measured as part of every call. */
    @Benchmark
    @AllocationBudget(bytes = 0)
    public int perCallReset(PerCall state) {
        return state.calls;
    }

    @State(Scope.Thread)
    public static class PerCall {
        public int calls;

        @Setup(Level.Invocation)
        public void reset() {
            calls = 0;
        }
    }
}
