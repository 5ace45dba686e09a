package dev.allocbudget.examples;

import dev.allocbudget.examples.router.Route;
import java.util.List;

/** The route table of a small shop API, shared by the budgets and the tests. */
final class SampleRoutes {
    static final List<Route> ALL = List.of(
            Route.of("/"),
            Route.of("/health"),
            Route.of("/users"),
            Route.of("/users/me"),
            Route.of("/users/me/settings"),
            Route.of("/users/{id}"),
            Route.of("/users/{id}/orders"),
            Route.of("/users/{id}/orders/{orderId}"),
            Route.of("/users/{id}/{tab}"),
            Route.of("/files/{name}/raw"));

    private SampleRoutes() {}
}
