package dev.allocbudget.examples;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.examples.router.RouteMatch;
import dev.allocbudget.examples.router.Router;

/** The zero-allocation router: every request is matched into the same {@link RouteMatch}. */
public class RouterBudget {
    private final Router router = new Router(SampleRoutes.ALL);
    private final RouteMatch match = router.newMatch();
    // not final: a final field set to a literal is a compile-time constant, and the JIT could fold the matching
    private String staticPath = "/users/me/settings";
    private String dynamicPath = "/users/1042/orders/7";

    /** A route without parameters: walking the literal segments allocates nothing. */
    @AllocationBudget(bytes = 0)
    public boolean staticRoute() {
        return router.match(staticPath, match);
    }

    /** Two parameters bound as index ranges into the path: nothing allocated either. */
    @AllocationBudget(bytes = 0)
    public boolean dynamicRoute() {
        return router.match(dynamicPath, match);
    }

    /** A parameter read as a CharSequence is a view the RouteMatch already holds; it escapes, but it is not new. */
    @AllocationBudget(bytes = 0)
    public CharSequence paramAsCharSequence() {
        router.match(dynamicPath, match);
        return match.param("orderId");
    }

    /** A numeric parameter parsed in place, without a String in between. */
    @AllocationBudget(bytes = 0)
    public long paramAsLong() {
        router.match(dynamicPath, match);
        return match.paramAsLong("id");
    }

    /** The one read that allocates: "1042" copied into a String (24 B) and its byte[] (24 B). */
    @AllocationBudget(bytes = 48)
    public String paramAsString() {
        router.match(dynamicPath, match);
        return match.param("id").toString();
    }
}
