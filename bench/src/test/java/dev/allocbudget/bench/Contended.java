package dev.allocbudget.bench;

import dev.allocbudget.AllocationBudget;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Hot paths that four threads call at once on one instance ({@code threads = 4}), as a server's request threads
 * do: their JMH twins in {@link ContendedBench} run with {@code @Threads(4)} on one {@code Scope.Benchmark} state.
 */
public class Contended {
    private final AtomicReference<long[]> snapshot = new AtomicReference<>(new long[4]);
    private final AtomicLong counter = new AtomicLong();
    private final ThreadLocal<StringBuilder> buffers = ThreadLocal.withInitial(() -> new StringBuilder(64));
    private final ConcurrentHashMap<String, LongAdder> hits = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Long> queue = new ConcurrentLinkedQueue<>();
    private final Long item = 4242L;

    /** Copy-on-write through a compare-and-set loop: a long[4] (48 B) per attempt; a lost race copies again. */
    @AllocationBudget(threads = 4)
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

    /** Shared state, updated in place: nothing, however the threads race. */
    @AllocationBudget(threads = 4)
    public long sharedCounter() {
        return counter.incrementAndGet();
    }

    /** Per-thread state, made on each thread's first call: nothing after that. */
    @AllocationBudget(threads = 4)
    public int perThreadBuffer() {
        StringBuilder b = buffers.get();
        b.setLength(0);
        return b.append("n=").append(counter.incrementAndGet() & 0xfff).length();
    }

    /** A hit counter: a LongAdder per key, made once; contention grows its cells once, then nothing. */
    @AllocationBudget(threads = 4)
    public void hitCounter() {
        hits.computeIfAbsent("/users", k -> new LongAdder()).increment();
    }

    /** A queue handed between threads: one node per offer, whatever the races. */
    @AllocationBudget(threads = 4)
    public Long queueOfferPoll() {
        queue.offer(item);
        return queue.poll();
    }
}
