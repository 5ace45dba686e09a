package dev.allocbudget.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.examples.router.InlineParams;
import dev.allocbudget.examples.router.Route;
import dev.allocbudget.examples.router.RouteMatch;
import dev.allocbudget.examples.router.Router;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InlineParamsTest {
    @ParameterizedTest
    @ValueSource(strings = {"/users/1042/orders/7", "/users/1/orders/9223372036", "/users/0/orders/0"})
    void beforeAndAfterComputeTheSame(String path) {
        InlineParamsBudget budget = new InlineParamsBudget();
        setPath(budget, path);
        assertEquals(budget.before(), budget.after());
    }

    @Test
    void theBudgetWorkloadResult() {
        InlineParamsBudget budget = new InlineParamsBudget();
        assertEquals(1042_000_007L, budget.before());
        assertEquals(1042_000_007L, budget.after());
    }

    @Test
    void fourParametersStayInline() {
        Router router = new Router(List.of(Route.of("/{a}/{b}/{c}/{d}")));
        RouteMatch match = router.newMatch();
        InlineParams params = new InlineParams();
        router.match("/1/22/333/x", match);
        params.bind(match);
        assertEquals(4, params.size());
        assertFalse(params.overflowed());
        assertEquals(333, params.getLong("c"));
        assertEquals("x", params.get("d"));
        assertNull(params.get("e"));
        assertThrows(IllegalArgumentException.class, () -> params.getLong("e"));
    }

    @Test
    void theFifthParameterOverflowsToAMapThatIsClearedBetweenRequests() {
        Router router = new Router(List.of(Route.of("/{a}/{b}/{c}/{d}/{e}/{f}"), Route.of("/x/{a}")));
        RouteMatch match = router.newMatch();
        InlineParams params = new InlineParams();
        router.match("/1/2/3/4/55/66", match);
        params.bind(match);
        assertEquals(6, params.size());
        assertTrue(params.overflowed());
        assertEquals(1, params.getLong("a"));
        assertEquals(4, params.getLong("d"));
        assertEquals(55, params.getLong("e"));
        assertEquals("66", params.get("f"));

        router.match("/x/9", match);
        params.bind(match);
        assertEquals(1, params.size());
        assertEquals("9", params.get("a"));
        assertNull(params.get("e"), "the previous request's overflow is gone");
    }

    @Test
    void noRouteNoParameters() {
        Router router = new Router(SampleRoutes.ALL);
        RouteMatch match = router.newMatch();
        InlineParams params = new InlineParams();
        router.match("/nope", match);
        params.bind(match);
        assertEquals(0, params.size());
    }

    private static void setPath(InlineParamsBudget budget, String path) {
        try {
            var field = InlineParamsBudget.class.getDeclaredField("path");
            field.setAccessible(true);
            field.set(budget, path);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
