package demo;

import dev.allocbudget.AllocationBudget;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

@State(Scope.Benchmark)
public class OwnSettingsBench {
    public int large = 100_000;

    /** A benchmark with settings of its own: they win over the plugin's defaults. */
    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 2)
    @AllocationBudget(bytes = 16)
    public Integer own() {
        return large;
    }

    /** A plain budget method: the plugin's settings. */
    @AllocationBudget(bytes = 0)
    public int plain() {
        return large;
    }
}
