package dev.allocbudget.runner.parallel;

import dev.allocbudget.AllocationBudget;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** Methods whose allocation under several calling threads at once differs from their allocation alone, or not. */
public class Contended {
    private final AtomicReference<long[]> snapshot = new AtomicReference<>(new long[4]);
    private final AtomicLong counter = new AtomicLong();
    private final ThreadLocal<StringBuilder> buffers = ThreadLocal.withInitial(() -> new StringBuilder(64));

    /**
     * A copy-on-write update through a compare-and-set loop: one long[4] (48 B) per attempt, so a thread that loses
     * the race copies again. Alone, exactly 48 B a call.
     */
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

    /** Per-thread state, made on each thread's first call and reused after: nothing once warm. */
    @AllocationBudget(bytes = 0, threads = 4)
    public int perThreadBuffer() {
        StringBuilder b = buffers.get();
        b.setLength(0);
        return b.append("id=").append(counter.incrementAndGet() & 0xffff).length();
    }

    /** A long[4] (48 B) every call on whichever thread makes it: the same however the threads meet. */
    @AllocationBudget(threads = 4)
    public long[] newArray() {
        return new long[4];
    }

    /** A method that throws on another thread than the one that measures. */
    @AllocationBudget(threads = 2)
    public int throwsSometimes() {
        if (counter.incrementAndGet() == 5_000) {
            throw new IllegalStateException("the 5000th call fails");
        }
        return 1;
    }
}
