package dev.allocbudget.examples.router;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The same service as {@link HttpRouter}, written the obvious way: a new context per request with maps of headers,
 * parameters and query; the path split by {@link NaiveRouter}; the chain built per request as a list, each step
 * calling the next through a new lambda; the response assembled as Strings and encoded. It writes the same bytes
 * for every request; it is here to show what that costs.
 */
public final class NaiveHttpRouter {
    /** A middleware in the style of Express or Koa: {@code next} runs the rest of the chain. */
    @FunctionalInterface
    public interface Middleware {
        void handle(Context ctx, Runnable next);
    }

    /** Everything about one request: a new one for each. */
    public static final class Context {
        public final HttpRequest request;
        public final Map<String, String> headers = new HashMap<>();
        public Map<String, String> params = Map.of();
        public Map<String, String> query = Map.of();
        public int status = 200;
        public String requestId;
        public String body = "";
        public boolean aborted;

        Context(HttpRequest request) {
            this.request = request;
        }
    }

    private final NaiveRouter router;
    private final List<Middleware> middlewares;
    /** Endpoints by {@code "GET /users/{id}"}. */
    private final Map<String, Function<Context, String>> endpoints;

    private NaiveHttpRouter(Builder b) {
        List<Route> routes = new ArrayList<>();
        for (String pattern : b.patterns.keySet()) {
            routes.add(Route.of(pattern));
        }
        router = new NaiveRouter(routes);
        middlewares = List.copyOf(b.middlewares);
        endpoints = Map.copyOf(b.endpoints);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Serves {@code request}, writes the response into {@code out} and returns its status. */
    public int serve(HttpRequest request, ResponseBuffer out) {
        Context ctx = new Context(request);
        for (int i = 0; i < request.headerCount(); i++) {
            ctx.headers.putIfAbsent(request.headerName(i).toLowerCase(Locale.ROOT), request.headerValue(i));
        }
        RequestTarget.Naive target = new RequestTarget.Naive();
        target.parse(request.target());
        ctx.query = target.query();

        Function<Context, String> endpoint;
        NaiveRouter.Match match = router.match(target.path());
        if (match == null) {
            endpoint = c -> error(c, 404, "not found");
        } else {
            ctx.params = match.params();
            endpoint = endpoints.get(request.method() + " " + match.route().pattern());
            if (endpoint == null) {
                endpoint = c -> error(c, 405, "method not allowed");
            }
        }
        List<Middleware> chain = new ArrayList<>(middlewares);
        Function<Context, String> e = endpoint;
        chain.add((c, next) -> c.body = e.apply(c));
        run(chain, 0, ctx);

        String head = "HTTP/1.1 " + ctx.status + " " + HttpRouter.reason(ctx.status) + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + ctx.body.length()
                + (ctx.requestId != null ? "\r\nX-Request-Id: " + ctx.requestId : "")
                + "\r\n\r\n";
        out.reset().append((head + ctx.body).getBytes(StandardCharsets.US_ASCII));
        return ctx.status;
    }

    private static void run(List<Middleware> chain, int i, Context ctx) {
        if (i < chain.size() && !ctx.aborted) {
            chain.get(i).handle(ctx, () -> run(chain, i + 1, ctx));
        }
    }

    private static String error(Context ctx, int status, String message) {
        ctx.status = status;
        return "{\"error\":\"" + message + "\"}";
    }

    /** The middlewares of {@link Middlewares}, written as lambdas. */
    public static Middleware timing(long[] requestsAndNanos) {
        return (ctx, next) -> {
            long start = System.nanoTime();
            next.run();
            requestsAndNanos[1] += System.nanoTime() - start;
            requestsAndNanos[0]++;
        };
    }

    public static Middleware requestId() {
        long[] last = {0};
        return (ctx, next) -> {
            String id = ctx.headers.get("x-request-id");
            ctx.requestId = id != null ? id : String.valueOf(++last[0]);
            next.run();
        };
    }

    public static Middleware bearerAuth(String token) {
        return (ctx, next) -> {
            if (!("Bearer " + token).equals(ctx.headers.get("authorization"))) {
                ctx.body = error(ctx, 401, "unauthorized");
                ctx.aborted = true;
                return;
            }
            next.run();
        };
    }

    public static final class Builder {
        private final List<Middleware> middlewares = new ArrayList<>();
        private final Map<String, Boolean> patterns = new LinkedHashMap<>();
        private final Map<String, Function<Context, String>> endpoints = new HashMap<>();

        public Builder use(Middleware middleware) {
            middlewares.add(middleware);
            return this;
        }

        public Builder route(String method, String pattern, Function<Context, String> endpoint) {
            patterns.put(pattern, Boolean.TRUE);
            endpoints.put(method + " " + pattern, endpoint);
            return this;
        }

        public NaiveHttpRouter build() {
            return new NaiveHttpRouter(this);
        }
    }
}
