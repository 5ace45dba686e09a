package dev.allocbudget.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * JMH twins of {@link Workloads}: each benchmark has the name of the method it calls, delegates to it and returns
 * its value, which JMH consumes (a Blackhole; primitives stay primitive). One {@link Workloads} per thread, as
 * allocbudget creates one instance per measured method.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WorkloadsBench {
    private final Workloads w = new Workloads();

    @Benchmark
    public void empty() {
        w.empty();
    }

    @Benchmark
    public Object valueOfSmall() {
        return w.valueOfSmall();
    }

    @Benchmark
    public Object valueOfLarge() {
        return w.valueOfLarge();
    }

    @Benchmark
    public Object byteArrayLocal() {
        return w.byteArrayLocal();
    }

    @Benchmark
    public Object stringValueOfLong() {
        return w.stringValueOfLong();
    }

    @Benchmark
    public Object sbConcat() {
        return w.sbConcat();
    }

    @Benchmark
    public Object hashMapGet() {
        return w.hashMapGet();
    }

    @Benchmark
    public Object arrayListReuse() {
        return w.arrayListReuse();
    }

    @Benchmark
    public Object varargs() {
        return w.varargs();
    }

    @Benchmark
    public Object forEachList() {
        return w.forEachList();
    }

    @Benchmark
    public Object stringFormat() {
        return w.stringFormat();
    }

    @Benchmark
    public Object localDateParse() {
        return w.localDateParse();
    }

    @Benchmark
    public long primitiveLong() {
        return w.primitiveLong();
    }

    @Benchmark
    public int deepChain15() {
        return w.deepChain15();
    }

    @Benchmark
    public int deepChain17() {
        return w.deepChain17();
    }

    @Benchmark
    public Object periodic11() {
        return w.periodic11();
    }

    @Benchmark
    public Object periodic13() {
        return w.periodic13();
    }

    @Benchmark
    public Object periodic1024() {
        return w.periodic1024();
    }

    @Benchmark
    public Object periodic5000() {
        return w.periodic5000();
    }

    @Benchmark
    public Object boxEvery11() {
        return w.boxEvery11();
    }

    @Benchmark
    public Object executorSubmit() {
        return w.executorSubmit();
    }

    @Benchmark
    public Object parallelStream() {
        return w.parallelStream();
    }

    @Benchmark
    public Object slow150us() {
        return w.slow150us();
    }

    @Benchmark
    public Object slow2ms() {
        return w.slow2ms();
    }

    @Benchmark
    public Object slow10ms() {
        return w.slow10ms();
    }

    @Benchmark
    public Object intsTryParse() {
        return w.intsTryParse();
    }

    @Benchmark
    public Object leak() {
        return w.leak();
    }
}
