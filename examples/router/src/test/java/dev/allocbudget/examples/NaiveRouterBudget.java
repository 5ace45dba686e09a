package dev.allocbudget.examples;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.examples.router.NaiveRouter;

/**
 * The same requests as {@link RouterBudget}, routed by splitting the path into Strings. Budgets and breakdowns are
 * JDK 17's; on JDK 25 escape analysis also removes String.split's internal ArrayList, 24 B less per call.
 */
public class NaiveRouterBudget {
    private final NaiveRouter router = new NaiveRouter(SampleRoutes.ALL);
    private String staticPath = "/users/me/settings";
    private String dynamicPath = "/users/1042/orders/7";

    /**
     * "users/me/settings" (64 B), String.split's list and array (80 B), 3 segment Strings (144 B), the String[] (32 B),
     * an empty HashMap (48 B), the Match (24 B).
     */
    @AllocationBudget(bytes = 392)
    public NaiveRouter.Match staticRoute() {
        return router.match(staticPath);
    }

    /** As above with 4 segments, plus the HashMap's table (80 B) and an entry per parameter (2 x 32 B). */
    @AllocationBudget(bytes = 584)
    public NaiveRouter.Match dynamicRoute() {
        return router.match(dynamicPath);
    }

    /** Only one String leaves this method, yet escape analysis removes none of the work that built it. */
    @AllocationBudget(bytes = 584)
    public String param() {
        return router.match(dynamicPath).params().get("orderId");
    }
}
