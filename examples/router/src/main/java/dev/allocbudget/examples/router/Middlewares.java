package dev.allocbudget.examples.router;

/** The middlewares of the examples, as objects created once and shared by every request. */
public final class Middlewares {
    private Middlewares() {}

    /** Times the rest of the chain; keeps a count and a total, not a sample per request. */
    public static final class Timing implements Handler {
        private long requests;
        private long totalNanos;

        @Override
        public void handle(RequestContext ctx) {
            long start = System.nanoTime();
            ctx.next();
            totalNanos += System.nanoTime() - start;
            requests++;
        }

        public long requests() {
            return requests;
        }

        public long totalNanos() {
            return totalNanos;
        }
    }

    /** Echoes the client's {@code X-Request-Id}, or assigns the next number. */
    public static final class RequestId implements Handler {
        private long last;

        @Override
        public void handle(RequestContext ctx) {
            String id = ctx.request().header("X-Request-Id");
            if (id != null) {
                ctx.requestId(id);
            } else {
                ctx.requestId(++last);
            }
            ctx.next();
        }
    }

    /** Lets a request through only with {@code Authorization: Bearer <token>}; answers 401 otherwise. */
    public static final class BearerAuth implements Handler {
        private final String expected;

        public BearerAuth(String token) {
            expected = "Bearer " + token;
        }

        @Override
        public void handle(RequestContext ctx) {
            if (!expected.equals(ctx.request().header("Authorization"))) {
                HttpRouter.writeError(ctx, 401, "unauthorized");
                return;
            }
            ctx.next();
        }
    }
}
