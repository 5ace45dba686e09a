package dev.allocbudget.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.allocbudget.examples.router.QueryParams;
import dev.allocbudget.examples.router.RequestTarget;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FastPathTest {
    @ParameterizedTest
    @ValueSource(strings = {"/users/1042/orders", "/users/1042/orders?", "/users/1042/orders?limit=5",
            "/users/7/orders?sort=date&limit=50", "/users/7/orders?limit=5&limit=6", "/users/7/orders?&&limit=3&",
            "/users/7/orders?x", "/users/me/orders", "/nope", "/nope?limit=1", "/users/1042?limit=2"})
    void beforeAndAfterComputeTheSame(String requestTarget) {
        FastPathBudget budget = new FastPathBudget();
        set(budget, requestTarget);
        Long before = result(budget::before);
        Long after = result(budget::after);
        assertEquals(before, after);
    }

    @Test
    void theBudgetWorkloadResult() {
        FastPathBudget budget = new FastPathBudget();
        assertEquals(1042_020L, budget.before());
        assertEquals(1042_020L, budget.after());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/a", "/a?", "/a?b=1", "/a?b=1&c=", "/a?b&c=2", "/a?=1&b=2", "/a?b=1&b=2", "/a?&b=1&"})
    void queryAsRangesMatchesTheMap(String target) {
        RequestTarget fast = new RequestTarget();
        RequestTarget.Naive naive = new RequestTarget.Naive();
        fast.parse(target);
        naive.parse(target);
        assertEquals(naive.path(), fast.path().toString());
        Map<String, String> map = naive.query();
        QueryParams query = fast.query();
        assertEquals(map.size(), distinctNames(query, map));
        for (Map.Entry<String, String> e : map.entrySet()) {
            assertEquals(e.getValue(), query.get(e.getKey()), e.getKey());
        }
        assertNull(query.get("zz"));
    }

    @Test
    void withoutAQueryTheTargetIsThePath() {
        RequestTarget fast = new RequestTarget();
        String target = "/users/1042/orders";
        fast.parse(target);
        assertEquals(target, fast.path());
        assertEquals(0, fast.query().size());
        assertEquals(20, fast.query().getInt("limit", 20));
    }

    @Test
    void manyPairsGrowTheArrays() {
        StringBuilder target = new StringBuilder("/a?");
        for (int i = 0; i < 20; i++) {
            target.append('k').append(i).append('=').append(i).append('&');
        }
        RequestTarget fast = new RequestTarget();
        fast.parse(target.toString());
        assertEquals(20, fast.query().size());
        assertEquals(19, fast.query().getInt("k19", -1));
    }

    /** Every map key is found in the query: its names are the map's keys. */
    private static int distinctNames(QueryParams query, Map<String, String> map) {
        int n = 0;
        for (String name : map.keySet()) {
            if (query.get(name) != null) {
                n++;
            }
        }
        return n;
    }

    private static Long result(java.util.function.LongSupplier call) {
        try {
            return call.getAsLong();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void set(FastPathBudget budget, String target) {
        try {
            var field = FastPathBudget.class.getDeclaredField("requestTarget");
            field.setAccessible(true);
            field.set(budget, target);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
