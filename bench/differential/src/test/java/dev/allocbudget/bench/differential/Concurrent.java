package dev.allocbudget.bench.differential;

import dev.allocbudget.AllocationBudget;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * java.util.concurrent: atomics, locks, concurrent maps and queues (all on the calling thread), and three calls
 * whose allocation is partly on another thread (an executor's worker): the check counts those bytes as "other
 * threads", JMH's gc.alloc.rate.norm counts every thread's allocation of the fork.
 */
public class Concurrent {
    public String key = "key-42";
    public int large = 4242;
    public final AtomicLong atomic = new AtomicLong();
    public final ReentrantLock lock = new ReentrantLock();
    public final ConcurrentHashMap<String, Integer> chm = new ConcurrentHashMap<>();
    public final ConcurrentHashMap<Integer, String> chmInt = new ConcurrentHashMap<>();
    public final LinkedBlockingQueue<String> lbq = new LinkedBlockingQueue<>();
    public final ConcurrentLinkedQueue<String> clq = new ConcurrentLinkedQueue<>();
    public final CopyOnWriteArrayList<String> cow = new CopyOnWriteArrayList<>();
    public final ThreadLocal<StringBuilder> local = ThreadLocal.withInitial(() -> new StringBuilder(64));
    public long counter;

    /** One daemon worker, created once; the tasks below run on it. */
    public final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "differential-executor");
        t.setDaemon(true);
        return t;
    });
    /** Allocates a byte[256] (272 B) on the worker, published to a volatile field so it escapes. */
    public volatile byte[] published;
    public final Runnable task = () -> published = new byte[256];

    public Concurrent() {
        for (int i = 0; i < 100; i++) {
            chm.put("key-" + i, i);
            chmInt.put(4200 + i, "v" + i);
        }
        for (int i = 0; i < 8; i++) cow.add("s" + i);
    }

    /** AtomicLong.incrementAndGet: 0 B. */
    @AllocationBudget
    public long atomicIncrement() {
        return atomic.incrementAndGet();
    }

    /** ReentrantLock lock/unlock, uncontended: 0 B. */
    @AllocationBudget
    public long reentrantLock() {
        lock.lock();
        try {
            return ++counter;
        } finally {
            lock.unlock();
        }
    }

    /** ConcurrentHashMap.get with a boxed int key outside the cache. */
    @AllocationBudget
    public Object chmGetBoxed() {
        return chmInt.get(large);
    }

    /** computeIfAbsent on a present key: 0 B. */
    @AllocationBudget
    public Object chmComputeIfAbsentHit() {
        return chm.computeIfAbsent(key, String::length);
    }

    /** merge(.., Integer::sum) then put back: the summed Integer. */
    @AllocationBudget
    public Object chmMerge() {
        chm.merge(key, 1000, Integer::sum);
        return chm.put(key, 42);
    }

    /** put + remove of a new key: the box and the node. */
    @AllocationBudget
    public Object chmPutRemove() {
        chmInt.put(large + 1000, "x");
        return chmInt.remove(large + 1000);
    }

    /** LinkedBlockingQueue offer + poll: one Node. */
    @AllocationBudget
    public Object linkedBlockingQueue() {
        lbq.offer(key);
        return lbq.poll();
    }

    /** ConcurrentLinkedQueue offer + poll: one Node. */
    @AllocationBudget
    public Object concurrentLinkedQueue() {
        clq.offer(key);
        return clq.poll();
    }

    /** CopyOnWriteArrayList add + remove: two array copies. */
    @AllocationBudget
    public Object copyOnWriteAddRemove() {
        cow.add(key);
        return cow.remove(cow.size() - 1);
    }

    /** ThreadLocal.get of a per-thread StringBuilder, reused: 0 B. */
    @AllocationBudget
    public int threadLocalBuilder() {
        StringBuilder s = local.get();
        s.setLength(0);
        return s.append(key).length();
    }

    /** A completed CompletableFuture composed with thenApply, joined: the futures, on the caller. */
    @AllocationBudget
    public Object completedThenApply() {
        return CompletableFuture.completedFuture(key).thenApply(String::length).join();
    }

    /**
     * Submits {@link #task} to the executor and waits: the FutureTask and the wait node on the caller, the
     * byte[256] on the worker (another thread).
     */
    @AllocationBudget
    public Object executorSubmitGet() throws InterruptedException, ExecutionException {
        executor.submit(task).get();
        return published;
    }

    /** CompletableFuture.supplyAsync on the executor, joined: the byte[64] is made on the worker. */
    @AllocationBudget
    public Object supplyAsyncJoin() {
        return CompletableFuture.supplyAsync(() -> new byte[64], executor).join();
    }

    /** runAsync of {@link #task} then join: the caller's future and signaller, the worker's byte[256]. */
    @AllocationBudget
    public Object runAsyncJoin() {
        CompletableFuture.runAsync(task, executor).join();
        return published;
    }
}
