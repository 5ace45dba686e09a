package dev.allocbudget.examples;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.examples.router.RequestTarget;
import dev.allocbudget.examples.router.RouteMatch;
import dev.allocbudget.examples.router.Router;

/**
 * Technique 8, a fast path for the common case: the request target {@code /users/1042/orders} has no query string,
 * as most requests do. The handler reads the user id and the page size {@code limit} (20 when absent).
 */
public class FastPathBudget {
    private final Router router = new Router(SampleRoutes.ALL);
    private final RouteMatch match = router.newMatch();
    private final RequestTarget target = new RequestTarget();
    private final RequestTarget.Naive naiveTarget = new RequestTarget.Naive();
    private String requestTarget = "/users/1042/orders";

    /** Always cuts the target at '?' and parses the (empty) query into a new HashMap. */
    @AllocationBudget
    public long before() {
        naiveTarget.parse(requestTarget);
        if (!router.match(naiveTarget.path(), match)) {
            return -1;
        }
        return handle(match.paramAsLong("id"), Integer.parseInt(naiveTarget.query().getOrDefault("limit", "20")));
    }

    /** No '?': the target is the path, the query is left empty, nothing is parsed. */
    @AllocationBudget(bytes = 0, objects = 0)
    public long after() {
        target.parse(requestTarget);
        if (!router.match(target.path(), match)) {
            return -1;
        }
        return handle(match.paramAsLong("id"), target.query().getInt("limit", 20));
    }

    static long handle(long userId, int limit) {
        return userId * 1000 + limit;
    }
}
