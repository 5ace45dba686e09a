package dev.allocbudget.examples.buffers;

/** The work done with a request: a digest of every field, so that before and after can be compared. */
public final class RequestHandler {
    private RequestHandler() {
    }

    /** A 64-bit digest of the request's method, path, user, tags and body. */
    public static long handle(Request request) {
        long h = 17;
        h = 31 * h + request.method().hashCode();
        h = 31 * h + request.path().hashCode();
        h = 31 * h + request.userId();
        for (int i = 0; i < request.tagCount(); i++) {
            h = 31 * h + request.tag(i).hashCode();
        }
        for (int i = 0; i < request.bodyLength(); i++) {
            h = 31 * h + request.bodyAt(i);
        }
        return h;
    }
}
