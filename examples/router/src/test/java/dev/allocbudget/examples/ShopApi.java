package dev.allocbudget.examples;

import dev.allocbudget.examples.router.HttpRouter;
import dev.allocbudget.examples.router.Middlewares;
import dev.allocbudget.examples.router.NaiveHttpRouter;

/** One small shop API served two ways, shared by HttpRouterBudget and HttpRouterTest. */
final class ShopApi {
    static final String TOKEN = "s3cr3t";

    private ShopApi() {}

    /** Endpoints write their bodies into the context's reused buffer; parameters are views into the path. */
    static HttpRouter pooled() {
        return HttpRouter.builder()
                .use(new Middlewares.Timing())
                .use(new Middlewares.RequestId())
                .use(new Middlewares.BearerAuth(TOKEN))
                .route("GET", "/health", ctx -> ctx.body().ascii("{\"status\":\"up\"}"))
                .route("GET", "/users/{id}", ctx -> ctx.body().ascii("{\"user\":\"").ascii(ctx.param("id")).ascii("\"}"))
                .route("GET", "/users/{id}/orders", ctx -> ctx.body()
                        .ascii("{\"user\":\"").ascii(ctx.param("id"))
                        .ascii("\",\"limit\":").decimal(ctx.query().getInt("limit", 20)).ascii("}"))
                .route("GET", "/users/{id}/orders/{orderId}", ctx -> ctx.body()
                        .ascii("{\"user\":\"").ascii(ctx.param("id"))
                        .ascii("\",\"order\":").decimal(ctx.paramAsLong("orderId")).ascii("}"))
                .route("POST", "/users/{id}/orders", ctx -> ctx.body().ascii("{\"created\":true}"))
                .build();
    }

    /** Endpoints return their bodies as Strings built from maps of Strings. */
    static NaiveHttpRouter naive() {
        return NaiveHttpRouter.builder()
                .use(NaiveHttpRouter.timing(new long[2]))
                .use(NaiveHttpRouter.requestId())
                .use(NaiveHttpRouter.bearerAuth(TOKEN))
                .route("GET", "/health", ctx -> "{\"status\":\"up\"}")
                .route("GET", "/users/{id}", ctx -> "{\"user\":\"" + ctx.params.get("id") + "\"}")
                .route("GET", "/users/{id}/orders", ctx -> "{\"user\":\"" + ctx.params.get("id")
                        + "\",\"limit\":" + Integer.parseInt(ctx.query.getOrDefault("limit", "20")) + "}")
                .route("GET", "/users/{id}/orders/{orderId}", ctx -> "{\"user\":\"" + ctx.params.get("id")
                        + "\",\"order\":" + Long.parseLong(ctx.params.get("orderId")) + "}")
                .route("POST", "/users/{id}/orders", ctx -> "{\"created\":true}")
                .build();
    }
}
