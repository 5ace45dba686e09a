package dev.allocbudget.examples.router;

import java.util.HashMap;
import java.util.Map;

/**
 * A request target such as {@code /users/42/orders?limit=5} split into its path and its query, two ways: the
 * {@link Naive naive} one always cuts and parses the query into a new HashMap, present or not; {@link #parse} takes
 * the fast path when there is no {@code ?} (the path is the target itself, the query is empty, nothing is parsed)
 * and parses a query, when there is one, into a reused {@link QueryParams}.
 *
 * <p>Reuse one per thread or connection; what it holds is valid until the next {@code parse}.
 */
public final class RequestTarget {
    private final QueryParams query = new QueryParams();
    private CharSequence path;

    public void parse(String target) {
        int q = target.indexOf('?');
        if (q < 0) {
            // the fast path, and the common request: no query string, so no cutting and no parsing
            path = target;
            query.clear();
        } else {
            path = target.substring(0, q);
            query.parse(target, q + 1);
        }
    }

    /** The path: the target itself when it has no query string. */
    public CharSequence path() {
        return path;
    }

    public QueryParams query() {
        return query;
    }

    /** The same split done the obvious way: a path String and a new HashMap of the query for every request. */
    public static final class Naive {
        private String path;
        private Map<String, String> query;

        public void parse(String target) {
            int q = target.indexOf('?');
            path = q < 0 ? target : target.substring(0, q);
            query = parseQuery(q < 0 ? "" : target.substring(q + 1));
        }

        public String path() {
            return path;
        }

        public Map<String, String> query() {
            return query;
        }

        /** {@code a=1&b=2} into a map; a name without {@code =} has the empty value, empty pairs are skipped. */
        public static Map<String, String> parseQuery(String query) {
            Map<String, String> map = new HashMap<>();
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                if (eq < 0) {
                    map.put(pair, "");
                } else {
                    map.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
            return map;
        }
    }
}
