package dev.allocbudget.examples.router;

import java.util.Arrays;
import java.util.List;

/**
 * Matches request paths against routes without allocating: the path is walked in place, segment by segment, down a
 * tree of route segments, and parameters are recorded as index ranges in a {@link RouteMatch} the caller reuses.
 *
 * <p>At each segment a literal beats a parameter ({@code /users/me} wins over {@code /users/{id}}); if the literal
 * branch fails further down, matching backs up and tries the parameter ({@code /users/me/orders} still matches
 * {@code /users/{id}/orders}).
 */
public final class Router {
    /** One node per distinct route prefix; the root stands for the {@code /} every path starts with. */
    private static final class Node {
        /** This node's literal segment; {@code null} for the root and for parameter nodes. */
        final String literal;
        Node[] literalChildren = {};
        Node paramChild;
        /** The route ending at this node, if any. */
        Route route;

        Node(String literal) {
            this.literal = literal;
        }

        /** The literal child equal to {@code path[start, end)}, or {@code null}. */
        Node literalChild(CharSequence path, int start, int end) {
            // a linear scan: routers have few children per node, and it needs no hash of the segment
            for (Node child : literalChildren) {
                if (regionEquals(path, start, end, child.literal)) {
                    return child;
                }
            }
            return null;
        }

        Node addLiteral(String literal) {
            for (Node child : literalChildren) {
                if (child.literal.equals(literal)) {
                    return child;
                }
            }
            Node child = new Node(literal);
            literalChildren = Arrays.copyOf(literalChildren, literalChildren.length + 1);
            literalChildren[literalChildren.length - 1] = child;
            return child;
        }

        Node addParam() {
            if (paramChild == null) {
                paramChild = new Node(null);
            }
            return paramChild;
        }
    }

    private final Node root = new Node(null);
    private final int maxParams;

    /**
     * @throws IllegalArgumentException if two routes match the same paths ({@code /users/{id}} and
     *     {@code /users/{name}})
     */
    public Router(List<Route> routes) {
        int max = 0;
        for (Route route : routes) {
            Node node = root;
            for (int i = 0; i < route.segmentCount(); i++) {
                String literal = route.literal(i);
                node = literal == null ? node.addParam() : node.addLiteral(literal);
            }
            if (node.route != null) {
                throw new IllegalArgumentException(route + " conflicts with " + node.route);
            }
            node.route = route;
            max = Math.max(max, route.paramCount());
        }
        maxParams = max;
    }

    /** A context to match requests into; create one per thread or connection and reuse it for every request. */
    public RouteMatch newMatch() {
        return new RouteMatch(maxParams);
    }

    /**
     * Matches {@code path} (the path component of a request, without query string) and records the route and its
     * parameters in {@code into}, replacing what it held.
     *
     * @return whether a route matched; if not, {@code into} holds no route
     */
    public boolean match(CharSequence path, RouteMatch into) {
        if (into.capacity() < maxParams) {
            throw new IllegalArgumentException("this RouteMatch holds " + into.capacity() + " parameters, routes here"
                    + " have up to " + maxParams + "; create it with newMatch()");
        }
        Route route = path.length() > 0 && path.charAt(0) == '/' ? walk(root, path, 1, 0, into) : null;
        into.complete(path, route);
        return route != null;
    }

    /**
     * Matches the segment starting at {@code start} against the children of {@code node}, and the rest of the path
     * below the child that matched. {@code params} is the number of parameters bound above this segment.
     */
    private static Route walk(Node node, CharSequence path, int start, int params, RouteMatch into) {
        int end = segmentEnd(path, start);
        boolean last = end == path.length();
        Node literal = node.literalChild(path, start, end);
        if (literal != null) {
            Route route = last ? literal.route : walk(literal, path, end + 1, params, into);
            if (route != null) {
                return route;
            }
        }
        if (node.paramChild != null && end > start) {
            // on backtracking, a sibling branch overwrites this slot: slot k is always the k-th parameter
            into.bind(params, start, end);
            return last ? node.paramChild.route : walk(node.paramChild, path, end + 1, params + 1, into);
        }
        return null;
    }

    private static int segmentEnd(CharSequence path, int start) {
        int i = start;
        while (i < path.length() && path.charAt(i) != '/') {
            i++;
        }
        return i;
    }

    private static boolean regionEquals(CharSequence path, int start, int end, String literal) {
        if (end - start != literal.length()) {
            return false;
        }
        for (int i = 0; i < literal.length(); i++) {
            if (path.charAt(start + i) != literal.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
