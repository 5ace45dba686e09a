package dev.allocbudget.examples.router;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The same routing as {@link Router}, written the obvious way: split the path into Strings, try the routes one by
 * one, collect the parameters into a HashMap. It returns the same route and parameters for every path; it is here
 * to show what that costs per request.
 */
public final class NaiveRouter {
    /** The routes, ordered so that the first one to match is the one {@link Router} picks. */
    private final List<Route> routes;

    public NaiveRouter(List<Route> routes) {
        this.routes = routes.stream().sorted(NaiveRouter::literalsFirst).toList();
    }

    /** The route {@code path} matched and its parameters by name. */
    public record Match(Route route, Map<String, String> params) {}

    /** Matches {@code path}; returns {@code null} if no route does. */
    public Match match(String path) {
        if (!path.startsWith("/")) {
            return null;
        }
        String[] segments = path.substring(1).split("/", -1);
        for (Route route : routes) {
            if (matches(route, segments)) {
                Map<String, String> params = new HashMap<>();
                for (int i = 0, p = 0; i < segments.length; i++) {
                    if (route.literal(i) == null) {
                        params.put(route.paramName(p++), segments[i]);
                    }
                }
                return new Match(route, params);
            }
        }
        return null;
    }

    private static boolean matches(Route route, String[] segments) {
        if (route.segmentCount() != segments.length) {
            return false;
        }
        for (int i = 0; i < segments.length; i++) {
            String literal = route.literal(i);
            if (literal == null ? segments[i].isEmpty() : !literal.equals(segments[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Orders routes segment by segment, a literal before a parameter. Routes that match the same path have as many
     * segments and agree on every literal they share, so the first of them in this order is the one Router's
     * depth-first, literal-first walk reaches.
     */
    private static int literalsFirst(Route a, Route b) {
        int n = Math.min(a.segmentCount(), b.segmentCount());
        for (int i = 0; i < n; i++) {
            int order = Boolean.compare(a.literal(i) == null, b.literal(i) == null);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.segmentCount(), b.segmentCount());
    }
}
