package dev.allocbudget.bench;

import com.google.common.primitives.Ints;
import dev.allocbudget.AllocationBudget;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The workloads both tools measure, written once. They mirror the probe set of measurement-facts.md §3.
 *
 * <p>The fields are the state: they are read from the heap, so C2 cannot constant-fold the inputs. Every method is
 * {@code @AllocationBudget} with no limit: the check measures and reports it, and never fails on it. The JMH twins
 * in {@link WorkloadsBench} call these methods and return their value, which JMH consumes. Methods whose work is
 * "used locally" fold it into {@link #acc} and return {@code this}, an object that already exists.
 *
 * <p>The methods after {@link #deepChain17} are the workloads of the engine issue: periodic allocations, work on
 * other threads, slow calls, a library call and a leak.
 */
public class Workloads {
    public int small = 100;
    public int large = 100_000;
    public long longVal = 1_234_567_890_123L; // 13 digits
    public String a = "foo";
    public String b = "bar";
    public String key = "key-42";
    public String dateStr = "2024-02-29";
    public int i1 = 1, i2 = 2, i3 = 3;
    public long acc;
    public long counter;
    public final Map<String, Integer> map = new HashMap<>();
    public final ArrayList<Integer> reuse = new ArrayList<>(16);
    public final List<Integer> list = new ArrayList<>();
    public final Integer[] boxes = new Integer[8];

    public Workloads() {
        for (int i = 0; i < 100; i++) map.put("key-" + i, i);
        for (int i = 0; i < 8; i++) boxes[i] = 1000 + i;
        for (int i = 0; i < 16; i++) list.add(i);
    }

    /** Baseline: must read exactly 0. */
    @AllocationBudget
    public void empty() {}

    /** Integer.valueOf inside the Integer cache, returned: 0 B. */
    @AllocationBudget
    public Object valueOfSmall() {
        return Integer.valueOf(small);
    }

    /** Integer.valueOf outside the cache, returned: one Integer, 16 B. */
    @AllocationBudget
    public Object valueOfLarge() {
        return Integer.valueOf(large);
    }

    /** new byte[64] used only locally with constant indices: scalar-replaced after C2, 0 B (80 B cold). */
    @AllocationBudget
    public Object byteArrayLocal() {
        byte[] bytes = new byte[64];
        bytes[0] = (byte) small;
        bytes[63] = (byte) large;
        acc += bytes[0] + bytes[63] + bytes.length;
        return this;
    }

    /** String.valueOf(13-digit long), returned: String 24 B + byte[13] 32 B = 56 B. */
    @AllocationBudget
    public Object stringValueOfLong() {
        return String.valueOf(longVal);
    }

    /** StringBuilder append + toString of two 3-char strings, returned: the builder is eliminated, 48 B. */
    @AllocationBudget
    public Object sbConcat() {
        return new StringBuilder().append(a).append(b).toString();
    }

    /** HashMap.get with an existing String key (hash cached): 0 B. */
    @AllocationBudget
    public Object hashMapGet() {
        return map.get(key);
    }

    /** A reused ArrayList: clear, then add 8 pre-boxed values: 0 B. */
    @AllocationBudget
    public Object arrayListReuse() {
        ArrayList<Integer> l = reuse;
        l.clear();
        Integer[] bx = boxes;
        for (int i = 0; i < bx.length; i++) l.add(bx[i]);
        return l;
    }

    /** Varargs call: javac allocates an int[3] at the call site, which EA removes: 0 B (32 B cold). */
    @AllocationBudget
    public Object varargs() {
        acc += sum(i1, i2, i3);
        return this;
    }

    private static int sum(int... xs) {
        int r = 0;
        for (int x : xs) r += x;
        return r;
    }

    /** for-each over an ArrayList of 16: the iterator is eliminated, 0 B (32 B cold). */
    @AllocationBudget
    public Object forEachList() {
        long r = 0;
        for (Integer x : list) r += x;
        acc += r;
        return this;
    }

    /** String.format("%d-%s", ..): JDK 17 1136 or 1208 B (bimodal; 1136 with -Xbatch), JDK 25 400 B. */
    @AllocationBudget
    public Object stringFormat() {
        return String.format("%d-%s", small, a);
    }

    /** LocalDate.parse of an ISO date: JDK 17 448 B, JDK 25 456 B. */
    @AllocationBudget
    public Object localDateParse() {
        return LocalDate.parse(dateStr);
    }

    /**
     * Returns a primitive long outside the Long cache: 0 B. A harness that boxed the result would charge a Long,
     * 16 B, that JMH (which consumes primitives as primitives) does not see.
     */
    @AllocationBudget
    public long primitiveLong() {
        return longVal + (counter++ & 0xff);
    }

    /**
     * A call chain 15 methods deep whose last method returns a new int[2] to its caller, which sums it. Whether
     * the array is scalar-replaced depends on where C2's inlining depth limit (MaxInlineLevel, 15) cuts the chain,
     * so this checks that the harness puts the method as deep below its loop as JMH's does: one level.
     * JDK 17 and 25: 24 B, with JMH too.
     */
    @AllocationBudget
    public int deepChain15() {
        return chain15a(small);
    }

    /** The same, 17 deep: 0 B on JDK 17 and 25, with JMH too (C2 compiles the tail separately and inlines it). */
    @AllocationBudget
    public int deepChain17() {
        return chain17a(small);
    }

    private static int chain15a(int v) { return chain15b(v + 1); }
    private static int chain15b(int v) { return chain15c(v + 1); }
    private static int chain15c(int v) { return chain15d(v + 1); }
    private static int chain15d(int v) { return chain15e(v + 1); }
    private static int chain15e(int v) { return chain15f(v + 1); }
    private static int chain15f(int v) { return chain15g(v + 1); }
    private static int chain15g(int v) { return chain15h(v + 1); }
    private static int chain15h(int v) { return chain15i(v + 1); }
    private static int chain15i(int v) { return chain15j(v + 1); }
    private static int chain15j(int v) { return chain15k(v + 1); }
    private static int chain15k(int v) { return chain15l(v + 1); }
    private static int chain15l(int v) { return chain15m(v + 1); }
    private static int chain15m(int v) { return chain15n(v + 1); }
    private static int chain15n(int v) { int[] pair = chain15o(v); return pair[0] + pair[1]; }
    private static int[] chain15o(int v) { return new int[] {v, v + 1}; }

    private static int chain17a(int v) { return chain17b(v + 1); }
    private static int chain17b(int v) { return chain17c(v + 1); }
    private static int chain17c(int v) { return chain17d(v + 1); }
    private static int chain17d(int v) { return chain17e(v + 1); }
    private static int chain17e(int v) { return chain17f(v + 1); }
    private static int chain17f(int v) { return chain17g(v + 1); }
    private static int chain17g(int v) { return chain17h(v + 1); }
    private static int chain17h(int v) { return chain17i(v + 1); }
    private static int chain17i(int v) { return chain17j(v + 1); }
    private static int chain17j(int v) { return chain17k(v + 1); }
    private static int chain17k(int v) { return chain17l(v + 1); }
    private static int chain17l(int v) { return chain17m(v + 1); }
    private static int chain17m(int v) { return chain17n(v + 1); }
    private static int chain17n(int v) { return chain17o(v + 1); }
    private static int chain17o(int v) { return chain17p(v + 1); }
    private static int chain17p(int v) { int[] pair = chain17q(v); return pair[0] + pair[1]; }
    private static int[] chain17q(int v) { return new int[] {v, v + 1}; }

    // ---- the workloads of the engine issue ---------------------------------------------------------------------

    /** The buffer the periodic workloads replace; a field, so each new one escapes. */
    public byte[] periodicBuf = new byte[64];
    private int n11, n13, n1024, n5000;

    /** Replaces {@link #periodicBuf} with a new byte[64] (80 B) once every 11 calls: 80/11 = 7.27 B/op. */
    @AllocationBudget
    public Object periodic11() {
        if (++n11 == 11) {
            n11 = 0;
            periodicBuf = new byte[64];
        }
        return periodicBuf;
    }

    /** The same every 13 calls: 80/13 = 6.15 B/op. */
    @AllocationBudget
    public Object periodic13() {
        if (++n13 == 13) {
            n13 = 0;
            periodicBuf = new byte[64];
        }
        return periodicBuf;
    }

    /** The same every 1024 calls: 80/1024 = 0.078 B/op. */
    @AllocationBudget
    public Object periodic1024() {
        if (++n1024 == 1024) {
            n1024 = 0;
            periodicBuf = new byte[64];
        }
        return periodicBuf;
    }

    /** The same every 5000 calls: 80/5000 = 0.016 B/op. */
    @AllocationBudget
    public Object periodic5000() {
        if (++n5000 == 5000) {
            n5000 = 0;
            periodicBuf = new byte[64];
        }
        return periodicBuf;
    }

    /** A Long that already exists, returned on the calls that do not box. */
    public final Long cachedLong = 1_234_567_890_123L;
    private int n11Box;

    /**
     * Returns a new Long outside the Long cache once every 11 calls, the preallocated {@link #cachedLong}
     * otherwise. A Long is 24 B with compressed oops (12 B header, the long 8-aligned at offset 16): 24/11 = 2.18 B/op.
     */
    @AllocationBudget
    public Object boxEvery11() {
        if (++n11Box == 11) {
            n11Box = 0;
            return Long.valueOf(longVal + counter++);
        }
        return cachedLong;
    }

    /** One worker thread, created lazily by the first submit; daemon, so it never keeps a JVM alive. */
    public final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "workloads-executor");
        t.setDaemon(true);
        return t;
    });
    /** Where the tasks publish their payloads, so the payloads escape. */
    public volatile Object sink;
    /** The task, created once: it allocates a byte[256] (272 B) on the worker thread and publishes it. */
    private final Runnable task256 = () -> {
        byte[] payload = new byte[256];
        payload[0] = (byte) small;
        sink = payload;
    };

    /**
     * Submits {@link #task256} to the single-thread {@link #executor} and waits for it. The caller allocates the
     * FutureTask, the queue node and maybe a WaitNode; the worker allocates the byte[256].
     */
    @AllocationBudget
    public Object executorSubmit() {
        try {
            return executor.submit(task256).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A parallel stream over 64 ints, each mapped to a new byte[32] (48 B), collected into a list that is returned:
     * 64 x 48 = 3072 B of payload plus the stream, its spliterators, the fork/join tasks and the lists.
     */
    @AllocationBudget
    public Object parallelStream() {
        return IntStream.range(0, 64).parallel().mapToObj(i -> new byte[32]).collect(Collectors.toList());
    }

    /**
     * A serial xorshift chain of {@code iterations} steps: about 1.9 ns each on this machine (AMD EPYC), and
     * nothing C2 can shorten (each step depends on the one before, and the seed is read from the heap).
     */
    private static long spin(long x, int iterations) {
        for (int i = 0; i < iterations; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return x;
    }

    /** A new byte[20000] (20016 B) that carries the spin's result, returned. */
    private byte[] slow(int iterations) {
        long x = spin(longVal + counter++, iterations);
        byte[] out = new byte[20_000];
        out[(int) (x & 0x3fff)] = (byte) x;
        return out;
    }

    /** About 150 us per call, 20016 B/op. */
    @AllocationBudget
    public Object slow150us() {
        return slow(80_000);
    }

    /** About 2 ms per call, 20016 B/op. */
    @AllocationBudget
    public Object slow2ms() {
        return slow(1_070_000);
    }

    /** About 10 ms per call, 20016 B/op. */
    @AllocationBudget
    public Object slow10ms() {
        return slow(5_350_000);
    }

    public String intStr = "12345";

    /** Guava Ints.tryParse("12345"), returned (an Integer outside the cache and whatever the parse allocates). */
    @AllocationBudget
    public Object intsTryParse() {
        return Ints.tryParse(intStr);
    }

    /** The list {@link #leak} appends to; it is never cleared. */
    public final List<Object> leakList = new ArrayList<>();

    /**
     * A leak: every call appends a new Object (16 B) to {@link #leakList}, which grows without bound, plus the
     * list's array growth. It exists to test the engine's error for a heap that keeps growing; its B/op is not
     * a budget.
     */
    @AllocationBudget
    public Object leak() {
        Object o = new Object();
        leakList.add(o);
        return o;
    }
}
