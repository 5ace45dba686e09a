package dev.allocbudget.examples.buffers;

import java.util.ArrayDeque;

/**
 * A bounded free list of {@link Request}s for one thread, such as an event loop or one worker, which owns it and
 * hands it to its handlers.
 *
 * <p>No ThreadLocal and no locking: the owner thread is the only user, so {@code acquire} and {@code release} are a
 * pop and a push. A ThreadLocal pool would add a hash lookup per call, keep objects alive for as long as the thread
 * lives (for ever in a thread pool), and gives no reuse at all with virtual threads, one per request. Java has no
 * {@code sync.Pool} with per-CPU caches that the GC empties; a pool shared between threads needs a concurrent queue
 * and is worth it only where measurements say so.
 */
public final class RequestPool {
    private final ArrayDeque<Request> free;
    private final int maxRetained;

    /** A pool that keeps at most {@code maxRetained} idle requests; more released than that are dropped. */
    public RequestPool(int maxRetained) {
        this.maxRetained = maxRetained;
        this.free = new ArrayDeque<>(maxRetained);   // sized once: push and pop never grow it
    }

    /** An idle request, or a new one when none is idle. Always reset. */
    public Request acquire() {
        Request request = free.pollFirst();
        if (request == null) {
            return new Request();
        }
        request.pooled = false;
        return request;
    }

    /** Resets {@code request} and keeps it for the next {@link #acquire()}, unless the pool is full. */
    public void release(Request request) {
        if (request.pooled) {
            throw new IllegalStateException("request released twice");
        }
        request.reset();
        if (free.size() < maxRetained) {
            request.pooled = true;
            free.addFirst(request);   // LIFO: the most recently used request is the one still in the CPU cache
        }
    }

    /** How many idle requests the pool holds. */
    public int idle() {
        return free.size();
    }
}
