package dev.allocbudget.examples.router;

/**
 * Everything one request needs while it is served, pooled by {@link HttpRouter}: acquired for a request, reset and
 * released after it. It owns the route match, the query, the response body buffer and the position in the handler
 * chain, so serving a request creates none of them.
 */
public final class RequestContext {
    final RouteMatch match;
    final QueryParams query = new QueryParams();
    final ResponseBuffer body = new ResponseBuffer(256);
    private HttpRequest request;
    private Handler[] chain;
    private int index;
    private int status;
    private String requestId;
    private long generatedRequestId;

    RequestContext(RouteMatch match) {
        this.match = match;
    }

    void start(HttpRequest request, Handler[] chain) {
        this.request = request;
        this.chain = chain;
        this.index = -1;
        this.status = 200;
    }

    /** Runs the next handler in the chain, as Gin's {@code c.Next()}: an index into an array, not an iterator. */
    public void next() {
        index++;
        if (index < chain.length) {
            chain[index].handle(this);
        }
    }

    /** Stops the chain: handlers after the current one do not run. */
    public void abort(int status) {
        this.status = status;
        index = chain.length;
    }

    /** Clears what the request left behind, so that the next one starts from nothing. */
    void reset() {
        request = null;
        chain = null;
        index = 0;
        status = 0;
        requestId = null;
        generatedRequestId = 0;
        match.complete(null, null);
        query.clear();
        body.reset();
    }

    public HttpRequest request() {
        return request;
    }

    public int status() {
        return status;
    }

    public void status(int status) {
        this.status = status;
    }

    /** A path parameter as a view into the path: no copy. */
    public CharSequence param(String name) {
        return match.param(name);
    }

    public long paramAsLong(String name) {
        return match.paramAsLong(name);
    }

    public QueryParams query() {
        return query;
    }

    /** The response body, written by the endpoint. */
    public ResponseBuffer body() {
        return body;
    }

    /** The id the client sent. */
    public void requestId(String id) {
        requestId = id;
    }

    /** An id the server assigned, kept as a number and written as digits. */
    public void requestId(long id) {
        generatedRequestId = id;
    }

    String clientRequestId() {
        return requestId;
    }

    long generatedRequestId() {
        return generatedRequestId;
    }
}
