package demo;

import dev.allocbudget.AllocationBudget;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** A server's hot paths, called by four request threads at once. */
public class Contention {
    private final AtomicReference<long[]> snapshot = new AtomicReference<>(new long[4]);
    private final AtomicLong counter = new AtomicLong();

    /** Copy-on-write through a compare-and-set loop: 48 B a call alone, a copy more for every race lost. */
    @AllocationBudget(bytes = 48, threads = 4)
    public long copyOnWrite() {
        while (true) {
            long[] seen = snapshot.get();
            long[] next = Arrays.copyOf(seen, 4);
            next[0]++;
            if (snapshot.compareAndSet(seen, next)) {
                return next[0];
            }
        }
    }

    @AllocationBudget(bytes = 0, threads = 4)
    public long sharedCounter() {
        return counter.incrementAndGet();
    }

    /** Each thread's own scratch buffer, as JMH makes a Scope.Thread state per thread. */
    @State(Scope.Thread)
    public static class Scratch {
        public final StringBuilder text = new StringBuilder(64);
    }

    @Benchmark
    @AllocationBudget(bytes = 0, threads = 4)
    public int jmhShaped(Scratch scratch) {
        scratch.text.setLength(0);
        return scratch.text.append("n=").append(counter.incrementAndGet() & 0xfff).length();
    }
}
