package dev.allocbudget.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/** JMH twins of {@link Contended}: four threads on one shared instance, as {@code threads = 4} measures them. */
@State(Scope.Benchmark)
@Threads(4)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ContendedBench {
    private final Contended c = new Contended();

    @Benchmark
    public long copyOnWrite() {
        return c.copyOnWrite();
    }

    @Benchmark
    public long sharedCounter() {
        return c.sharedCounter();
    }

    @Benchmark
    public int perThreadBuffer() {
        return c.perThreadBuffer();
    }

    @Benchmark
    public void hitCounter() {
        c.hitCounter();
    }

    @Benchmark
    public Long queueOfferPoll() {
        return c.queueOfferPoll();
    }
}
