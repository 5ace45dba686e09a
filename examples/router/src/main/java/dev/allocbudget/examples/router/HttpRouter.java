package dev.allocbudget.examples.router;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves requests end to end without allocating: the target is split on the fast path ({@link RequestTarget}), the
 * path matched by a {@link Router}, the route's handler chain (middlewares, then the endpoint) built once per route
 * and method when the router is built, and every request served in a {@link RequestContext} taken from a pool and
 * given back, reset, when the response is written.
 *
 * <p>Not thread safe: one per event-loop thread, as the pool is a plain array.
 */
public final class HttpRouter {
    private static final byte[] CONTENT_TYPE = ascii("Content-Type: application/json\r\nContent-Length: ");
    private static final byte[] REQUEST_ID = ascii("\r\nX-Request-Id: ");
    private static final byte[] END_OF_HEAD = ascii("\r\n\r\n");

    private final Router router;
    /** Per route: the methods it serves and, for each, its whole chain. */
    private final IdentityHashMap<Route, Endpoint> endpoints = new IdentityHashMap<>();
    private final Handler[] notFound;
    private final Handler[] methodNotAllowed;
    private final Pool pool;

    private HttpRouter(Builder b) {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<String, Map<String, Handler>> e : b.routes.entrySet()) {
            Route route = Route.of(e.getKey());
            routes.add(route);
            Map<String, Handler> byMethod = e.getValue();
            String[] methods = byMethod.keySet().toArray(String[]::new);
            Handler[][] chains = new Handler[methods.length][];
            for (int i = 0; i < methods.length; i++) {
                chains[i] = chain(b.middlewares, byMethod.get(methods[i]));
            }
            endpoints.put(route, new Endpoint(methods, chains));
        }
        router = new Router(routes);
        notFound = chain(b.middlewares, ctx -> error(ctx, 404, "not found"));
        methodNotAllowed = chain(b.middlewares, ctx -> error(ctx, 405, "method not allowed"));
        pool = new Pool(b.poolSize);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Serves {@code request} and writes the whole response, head and body, into {@code out}.
     *
     * @return the response status
     */
    public int serve(HttpRequest request, ResponseBuffer out) {
        RequestContext ctx = pool.acquire();
        try {
            String target = request.target();
            int q = target.indexOf('?');
            CharSequence path = target;
            if (q >= 0) {
                // the slow path: only a target with a query string is cut and parsed
                path = target.substring(0, q);
                ctx.query.parse(target, q + 1);
            }
            Handler[] chain = notFound;
            if (router.match(path, ctx.match)) {
                chain = endpoints.get(ctx.match.route()).chain(request.method());
                if (chain == null) {
                    chain = methodNotAllowed;
                }
            }
            ctx.start(request, chain);
            ctx.next();
            writeResponse(ctx, out.reset());
            return ctx.status();
        } finally {
            pool.release(ctx);
        }
    }

    private static void writeResponse(RequestContext ctx, ResponseBuffer out) {
        out.append(statusLine(ctx.status()));
        out.append(CONTENT_TYPE).decimal(ctx.body.length());
        if (ctx.clientRequestId() != null || ctx.generatedRequestId() != 0) {
            out.append(REQUEST_ID);
            if (ctx.clientRequestId() != null) {
                out.ascii(ctx.clientRequestId());
            } else {
                out.decimal(ctx.generatedRequestId());
            }
        }
        out.append(END_OF_HEAD).append(ctx.body);
    }

    private static final byte[] OK = ascii("HTTP/1.1 200 OK\r\n");
    private static final byte[] UNAUTHORIZED = ascii("HTTP/1.1 401 Unauthorized\r\n");
    private static final byte[] NOT_FOUND = ascii("HTTP/1.1 404 Not Found\r\n");
    private static final byte[] METHOD_NOT_ALLOWED = ascii("HTTP/1.1 405 Method Not Allowed\r\n");
    private static final byte[] SERVER_ERROR = ascii("HTTP/1.1 500 Internal Server Error\r\n");

    private static byte[] statusLine(int status) {
        switch (status) {
            case 200: return OK;
            case 401: return UNAUTHORIZED;
            case 404: return NOT_FOUND;
            case 405: return METHOD_NOT_ALLOWED;
            default: return SERVER_ERROR;
        }
    }

    /** The reason phrase of the statuses this router writes; shared with {@link NaiveHttpRouter}. */
    static String reason(int status) {
        switch (status) {
            case 200: return "OK";
            case 401: return "Unauthorized";
            case 404: return "Not Found";
            case 405: return "Method Not Allowed";
            default: return "Internal Server Error";
        }
    }

    private static void error(RequestContext ctx, int status, String message) {
        ctx.status(status);
        ctx.body().ascii("{\"error\":\"").ascii(message).ascii("\"}");
    }

    /** Writes an error body as {@link HttpRouter} does; for middlewares that abort. */
    public static void writeError(RequestContext ctx, int status, String message) {
        error(ctx, status, message);
        ctx.abort(status);
    }

    private static Handler[] chain(List<Handler> middlewares, Handler endpoint) {
        Handler[] chain = middlewares.toArray(new Handler[middlewares.size() + 1]);
        chain[middlewares.size()] = endpoint;
        return chain;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** The methods one route serves; a handful at most, so a linear scan. */
    private static final class Endpoint {
        final String[] methods;
        final Handler[][] chains;

        Endpoint(String[] methods, Handler[][] chains) {
            this.methods = methods;
            this.chains = chains;
        }

        Handler[] chain(String method) {
            for (int i = 0; i < methods.length; i++) {
                if (methods[i].equals(method)) {
                    return chains[i];
                }
            }
            return null;
        }
    }

    /**
     * Request contexts ready for use: a stack in an array, filled as contexts come back. In steady state a request
     * takes one and gives it back, and nothing is created; a burst deeper than the pool creates contexts that are
     * then dropped, as Go's sync.Pool would.
     */
    private final class Pool {
        private final RequestContext[] free;
        private int size;

        Pool(int capacity) {
            free = new RequestContext[capacity];
        }

        RequestContext acquire() {
            return size > 0 ? free[--size] : new RequestContext(router.newMatch());
        }

        void release(RequestContext ctx) {
            ctx.reset(); // before it goes back: no request's data leaks into the next
            if (size < free.length) {
                free[size++] = ctx;
            }
        }
    }

    public static final class Builder {
        private final List<Handler> middlewares = new ArrayList<>();
        private final Map<String, Map<String, Handler>> routes = new LinkedHashMap<>();
        private int poolSize = 16;

        /** Adds a middleware; they run in the order added, before the endpoint. */
        public Builder use(Handler middleware) {
            middlewares.add(middleware);
            return this;
        }

        public Builder route(String method, String pattern, Handler endpoint) {
            routes.computeIfAbsent(pattern, p -> new LinkedHashMap<>()).put(method, endpoint);
            return this;
        }

        public Builder poolSize(int size) {
            poolSize = size;
            return this;
        }

        public HttpRouter build() {
            return new HttpRouter(this);
        }
    }
}
