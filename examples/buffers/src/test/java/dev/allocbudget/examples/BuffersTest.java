package dev.allocbudget.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.examples.buffers.RawRequest;
import dev.allocbudget.examples.buffers.Request;
import dev.allocbudget.examples.buffers.RequestHandler;
import dev.allocbudget.examples.buffers.RequestPool;
import dev.allocbudget.examples.buffers.TieredBufferPool;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuffersTest {

    // 1. request pooling

    @Test
    void pooledRequestsComputeWhatNewOnesDo() {
        RequestPoolingBudget budget = new RequestPoolingBudget();
        long expected = budget.before();
        assertNotEquals(0, expected);
        for (int i = 0; i < 3; i++) {   // the second and later calls run on reused requests
            assertEquals(expected, budget.after());
        }
    }

    @Test
    void eachRequestDigestsTheSameEitherWay() {
        RequestPool pool = new RequestPool(1);
        for (RawRequest raw : BufferSamples.REQUESTS) {
            Request pooled = pool.acquire().readFrom(raw);
            assertEquals(RequestHandler.handle(new Request().readFrom(raw)), RequestHandler.handle(pooled));
            pool.release(pooled);
        }
    }

    @Test
    void aReusedRequestCarriesNothingOver() {
        RequestPool pool = new RequestPool(4);
        Request first = pool.acquire();
        first.readFrom(BufferSamples.REQUESTS[2]);   // 2 tags, a 200-byte body, a session
        assertEquals(200, first.bodyLength());
        pool.release(first);

        Request second = pool.acquire();
        assertSame(first, second, "the pool hands back the same object");
        assertNull(second.method());
        assertNull(second.path());
        assertEquals(0, second.userId());
        assertNull(second.session(), "the last request's session must not stay reachable");
        assertEquals(List.of(), second.tags());
        assertEquals(0, second.bodyLength());
        assertThrows(IndexOutOfBoundsException.class, () -> second.bodyAt(0));
        assertTrue(second.bodyBufferIsZero(), "no byte of the last body is left in the buffer");

        second.readFrom(BufferSamples.REQUESTS[0]);   // 1 tag: the earlier request's second tag must not show
        assertEquals(List.of("api"), second.tags());
        assertEquals("session-1042", second.session());
    }

    @Test
    void aRequestIsReleasedOnce() {
        RequestPool pool = new RequestPool(4);
        Request request = pool.acquire();
        pool.release(request);
        assertThrows(IllegalStateException.class, () -> pool.release(request));
    }

    @Test
    void theRequestPoolIsBounded() {
        RequestPool pool = new RequestPool(2);
        Request a = pool.acquire();
        Request b = pool.acquire();
        Request c = pool.acquire();
        pool.release(a);
        pool.release(b);
        pool.release(c);
        assertEquals(2, pool.idle());
    }

    @Test
    void aBodyLargerThanTheBufferIsRejected() {
        RawRequest big = new RawRequest("POST", "/x", 1, new String[0], new byte[Request.MAX_BODY + 1], null);
        assertThrows(IllegalArgumentException.class, () -> new Request().readFrom(big));
    }

    // 2. tiered buffer pool

    @Test
    void pooledBuffersComputeWhatNewOnesDo() {
        TieredBufferPoolBudget budget = new TieredBufferPoolBudget();
        long expected = budget.before();
        for (int i = 0; i < 3; i++) {
            assertEquals(expected, budget.after());
        }
    }

    @Test
    void eachSizeGetsTheSmallestTierThatHoldsIt() {
        TieredBufferPool pool = new TieredBufferPool(4);
        assertEquals(512, pool.acquire(1).length);
        assertEquals(512, pool.acquire(512).length);
        assertEquals(4096, pool.acquire(513).length);
        assertEquals(4096, pool.acquire(4096).length);
        assertEquals(65536, pool.acquire(4097).length);
        assertEquals(65536, pool.acquire(65536).length);
        assertEquals(65537, pool.acquire(65537).length, "oversized: exactly the size asked for");
    }

    @Test
    void aReleasedBufferIsReused() {
        TieredBufferPool pool = new TieredBufferPool(4);
        byte[] buffer = pool.acquire(1500);
        pool.release(buffer);
        assertSame(buffer, pool.acquire(3000));
    }

    @Test
    void anOversizedBufferIsNeverPooled() {
        TieredBufferPool pool = new TieredBufferPool(4);
        byte[] huge = pool.acquire(1 << 20);
        pool.release(huge);
        assertFalse(pool.retains(huge));
        assertEquals(0, pool.retainedBytes());
        assertNotSame(huge, pool.acquire(1 << 20));
    }

    @Test
    void aForeignBufferIsNotPooled() {
        TieredBufferPool pool = new TieredBufferPool(4);
        pool.release(new byte[1000]);
        assertEquals(0, pool.retainedBytes());
    }

    @Test
    void eachTierIsBounded() {
        TieredBufferPool pool = new TieredBufferPool(2);
        byte[][] buffers = {pool.acquire(100), pool.acquire(100), pool.acquire(100)};
        for (byte[] buffer : buffers) {
            pool.release(buffer);
        }
        assertEquals(2 * 512, pool.retainedBytes());
    }

    @Test
    void afterTheWorkloadThePoolHoldsOneBufferPerTier() {
        TieredBufferPoolBudget budget = new TieredBufferPoolBudget();
        budget.after();
        budget.after();
        // 100 and 512 share the small tier, 1500 and 4096 the medium one, 30,000 the large one; 69,136 is dropped
        assertEquals(512 + 4096 + 65536, budget.pool.retainedBytes());
    }

    // 3. bounded reuse

    @Test
    void bothCountersCountTheSame() {
        BoundedReuseBudget budget = new BoundedReuseBudget();
        assertEquals(5 * 1000 + 3, budget.before());   // 5 distinct tags, "api" 3 times
        assertEquals(budget.before(), budget.after());
    }

    @Test
    void clearKeepsTheGrownTableAndTheBoundReplacesIt() throws Exception {
        BoundedReuseBudget budget = new BoundedReuseBudget();
        budget.before();
        budget.after();
        HashMap<?, ?> cleared = budget.alwaysClear.map();
        HashMap<?, ?> replaced = budget.bounded.map();
        assertEquals(5, cleared.size());
        assertEquals(5, replaced.size());
        // 20,000 entries grew the table to 32,768 slots; 5 entries need the default 16
        assertEquals(32_768, tableLength(cleared));
        assertEquals(16, tableLength(replaced));
    }

    @Test
    void theBoundKeepsMapsUpToIt() throws Exception {
        BoundedReuseBudget budget = new BoundedReuseBudget();
        HashMap<?, ?> map = budget.bounded.map();
        budget.after();
        assertSame(map, budget.bounded.map(), "a map of 5 entries is cleared, not replaced");
    }

    /** HashMap's table, read by reflection (the surefire argLine opens java.util to the tests). */
    private static int tableLength(HashMap<?, ?> map) throws ReflectiveOperationException {
        Field table = HashMap.class.getDeclaredField("table");
        table.setAccessible(true);
        Object[] slots = (Object[]) table.get(map);
        return slots == null ? 0 : slots.length;
    }
}
