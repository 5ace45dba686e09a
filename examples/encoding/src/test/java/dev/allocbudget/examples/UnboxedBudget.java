package dev.allocbudget.examples;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.examples.codec.LatencyWindow;
import java.util.ArrayList;
import java.util.List;

/**
 * Technique 7, no boxing on the hot path: the 16 call latencies of one request (in microseconds) collected into a
 * reused container, then summed: a {@code List<Long>} ({@code before}) or a {@code long[]} ({@code after}).
 */
public class UnboxedBudget {
    /** 16 latencies, all above 127: each is a new {@code Long} when boxed. */
    private final long[] latencies = {
        870, 1250, 430, 9800, 615, 2040, 388, 1500, 720, 12_400, 505, 960, 3300, 410, 275, 1180
    };
    /** 16 latencies in 0..127: {@code Long.valueOf} returns the cached boxes. */
    private final long[] small = {12, 40, 7, 98, 61, 20, 38, 15, 72, 124, 50, 96, 33, 41, 27, 118};

    private final List<Long> boxed = new ArrayList<>(16);
    private final LatencyWindow window = new LatencyWindow(16);

    /** The List is reused; the 16 Longs (24 B each) are not: 384 B, 16 objects. */
    @AllocationBudget
    public long before() {
        return boxedSum(latencies);
    }

    @AllocationBudget(bytes = 0, objects = 0)
    public long after() {
        window.clear();
        for (long micros : latencies) {
            window.add(micros);
        }
        return window.sum();
    }

    /** The same List on values in -128..127: the Long cache hands out the same 16 boxes every time. */
    @AllocationBudget(bytes = 0, objects = 0)
    public long beforeSmallValues() {
        return boxedSum(small);
    }

    /** Boxes that never leave the method: escape analysis removes them. */
    @AllocationBudget(bytes = 0, objects = 0)
    public long localBoxes() {
        long sum = 0;
        for (long micros : latencies) {
            Long box = micros;
            sum += box;
        }
        return sum;
    }

    private long boxedSum(long[] values) {
        boxed.clear();
        for (long micros : values) {
            boxed.add(micros);
        }
        long sum = 0;
        for (Long micros : boxed) {
            sum += micros;
        }
        return sum;
    }
}
