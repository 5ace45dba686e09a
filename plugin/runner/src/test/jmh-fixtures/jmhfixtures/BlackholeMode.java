package jmhfixtures;

import dev.allocbudget.AllocationBudget;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Logs which code JMH's Blackhole ran: its fallback code doubles {@code tlrMask} (from 1) each time it keeps a
 * WeakReference, on a pseudo-random call; as a compiler blackhole, that code never runs and the mask stays 1.
 */
@State(Scope.Benchmark)
public class BlackholeMode {
    private final Object field = new Object();
    private Blackhole used;

    @AllocationBudget(bytes = 0)
    public void consume(Blackhole bh) {
        used = bh;
        bh.consume(field);
    }

    @TearDown
    public void done() {
        Log.add("tlrMask=" + used.tlrMask);
    }
}
