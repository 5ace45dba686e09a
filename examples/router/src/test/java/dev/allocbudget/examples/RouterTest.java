package dev.allocbudget.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.examples.router.NaiveRouter;
import dev.allocbudget.examples.router.Route;
import dev.allocbudget.examples.router.RouteMatch;
import dev.allocbudget.examples.router.Router;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RouterTest {
    private final Router router = new Router(SampleRoutes.ALL);
    private final NaiveRouter naive = new NaiveRouter(SampleRoutes.ALL);
    private final RouteMatch match = router.newMatch();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /                    | /                            |
            /health              | /health                      |
            /users               | /users                       |
            /users/me            | /users/me                    |
            /users/me/settings   | /users/me/settings           |
            /users/42            | /users/{id}                  | id=42
            /users/42/orders     | /users/{id}/orders           | id=42
            /users/42/orders/7   | /users/{id}/orders/{orderId} | id=42 orderId=7
            /users/42/profile    | /users/{id}/{tab}            | id=42 tab=profile
            /users/42/settings   | /users/{id}/{tab}            | id=42 tab=settings
            /users/me/orders     | /users/{id}/orders           | id=me
            /users/me/orders/7   | /users/{id}/orders/{orderId} | id=me orderId=7
            /users/me/profile    | /users/{id}/{tab}            | id=me tab=profile
            /files/a.txt/raw     | /files/{name}/raw            | name=a.txt
            """)
    void bothRoutersMatch(String path, String pattern, String params) {
        Map<String, String> expected = parse(params);

        assertTrue(router.match(path, match));
        assertEquals(pattern, match.route().pattern());
        assertEquals(expected, paramsOf(match));

        NaiveRouter.Match naiveMatch = naive.match(path);
        assertSame(match.route(), naiveMatch.route());
        assertEquals(expected, naiveMatch.params());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "health", "/nope", "/health/", "/users/", "/users//orders", "/users/42/orders/7/x",
            "/files/a.txt", "/files//raw"})
    void neitherRouterMatches(String path) {
        assertFalse(router.match(path, match));
        assertNull(match.route());
        assertNull(naive.match(path));
    }

    @Test
    void aReusedMatchReflectsTheLatestRequest() {
        router.match("/users/42/orders/7", match);
        CharSequence orderId = match.param("orderId");
        router.match("/users/9/orders/1234", match);
        assertEquals("1234", orderId.toString(), "a view reads the current request");

        assertFalse(router.match("/nope", match));
        assertThrows(IllegalStateException.class, () -> match.param("id"));
    }

    @Test
    void paramViewIsACharSequence() {
        router.match("/files/report.pdf/raw", match);
        CharSequence name = match.param("name");
        assertEquals(10, name.length());
        assertEquals('r', name.charAt(0));
        assertEquals('f', name.charAt(9));
        assertEquals("pdf", name.subSequence(7, 10).toString());
        assertEquals(0, CharSequence.compare("report.pdf", name));
        assertThrows(IndexOutOfBoundsException.class, () -> name.charAt(10));
        assertThrows(IndexOutOfBoundsException.class, () -> name.subSequence(5, 11));
    }

    @Test
    void paramAsLongParsesInPlace() {
        router.match("/users/1042/orders/9223372036854775807", match);
        assertEquals(1042, match.paramAsLong("id"));
        assertEquals(Long.MAX_VALUE, match.paramAsLong("orderId"));

        router.match("/users/me/orders/7", match);
        assertThrows(NumberFormatException.class, () -> match.paramAsLong("id"));
    }

    @Test
    void unknownParamIsRejected() {
        router.match("/users/42", match);
        assertThrows(IllegalArgumentException.class, () -> match.param("orderId"));
    }

    @Test
    void matchesAnyCharSequence() {
        assertTrue(router.match(new StringBuilder("/users/42/orders/7"), match));
        assertEquals("7", match.param("orderId").toString());
    }

    @Test
    void matchMustComeFromTheSameRouter() {
        RouteMatch small = new Router(List.of(Route.of("/health"))).newMatch();
        assertThrows(IllegalArgumentException.class, () -> router.match("/users/42", small));
    }

    @Test
    void routesMatchingTheSamePathsConflict() {
        List<Route> routes = List.of(Route.of("/users/{id}"), Route.of("/users/{name}"));
        assertThrows(IllegalArgumentException.class, () -> new Router(routes));
    }

    @ParameterizedTest
    @ValueSource(strings = {"users", "/users/{id", "/users/x{id}", "/users/{}", "/users/{a{b}}", "/a/{id}/b/{id}"})
    void malformedPatternsAreRejected(String pattern) {
        assertThrows(IllegalArgumentException.class, () -> Route.of(pattern));
    }

    /** {@code "id=42 orderId=7"} as a map; null (an empty CSV column) is no parameters. */
    private static Map<String, String> parse(String params) {
        Map<String, String> map = new LinkedHashMap<>();
        if (params != null) {
            for (String pair : params.split(" ")) {
                String[] nameValue = pair.split("=");
                map.put(nameValue[0], nameValue[1]);
            }
        }
        return map;
    }

    private static Map<String, String> paramsOf(RouteMatch match) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String name : match.route().paramNames()) {
            map.put(name, match.param(name).toString());
        }
        return map;
    }
}
