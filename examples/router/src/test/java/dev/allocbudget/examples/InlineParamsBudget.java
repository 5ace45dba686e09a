package dev.allocbudget.examples;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.examples.router.InlineParams;
import dev.allocbudget.examples.router.RouteMatch;
import dev.allocbudget.examples.router.Router;
import java.util.HashMap;
import java.util.Map;

/**
 * Technique 4, inline storage for the common small case: the parameters of {@code /users/1042/orders/7} handed to a
 * handler that reads both as numbers. The routing is the same zero-allocation {@link Router} in both methods; only
 * where the parameters are kept differs.
 */
public class InlineParamsBudget {
    private final Router router = new Router(SampleRoutes.ALL);
    private final RouteMatch match = router.newMatch();
    private final InlineParams params = new InlineParams();
    private String path = "/users/1042/orders/7";

    /** A HashMap of String to String per request, as most handler APIs hand parameters over. */
    @AllocationBudget
    public long before() {
        router.match(path, match);
        Map<String, String> params = new HashMap<>();
        for (String name : match.route().paramNames()) {
            params.put(name, match.param(name).toString());
        }
        return handle(Long.parseLong(params.get("id")), Long.parseLong(params.get("orderId")));
    }

    /** Up to four parameters as a name index and a value range in a reused holder; numbers parsed in place. */
    @AllocationBudget(bytes = 0, objects = 0)
    public long after() {
        router.match(path, match);
        params.bind(match);
        return handle(params.getLong("id"), params.getLong("orderId"));
    }

    /** The handler: something of both parameters, so that neither read is dead code. */
    static long handle(long userId, long orderId) {
        return userId * 1_000_000 + orderId;
    }
}
