package dev.allocbudget.examples.router;

/**
 * An endpoint or a middleware of an {@link HttpRouter}. A middleware does its work, calls {@link RequestContext#next}
 * to run the rest of the chain (or {@link RequestContext#abort} to stop it), and may work again after it returns.
 * Handlers are created once, when the router is built: none is created per request.
 */
@FunctionalInterface
public interface Handler {
    void handle(RequestContext ctx);
}
