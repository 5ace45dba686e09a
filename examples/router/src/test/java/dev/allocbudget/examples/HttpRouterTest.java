package dev.allocbudget.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.allocbudget.examples.router.HttpRequest;
import dev.allocbudget.examples.router.HttpRouter;
import dev.allocbudget.examples.router.NaiveHttpRouter;
import dev.allocbudget.examples.router.ResponseBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpRouterTest {
    private final HttpRouter pooled = ShopApi.pooled();
    private final NaiveHttpRouter naive = ShopApi.naive();
    private final ResponseBuffer pooledOut = new ResponseBuffer(16);
    private final ResponseBuffer naiveOut = new ResponseBuffer(16);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            GET    | /users/1042/orders/7        | Bearer s3cr3t | 200 | {"user":"1042","order":7}
            GET    | /users/me/orders/7?x=1      | Bearer s3cr3t | 200 | {"user":"me","order":7}
            GET    | /users/42                   | Bearer s3cr3t | 200 | {"user":"42"}
            GET    | /users/42/orders            | Bearer s3cr3t | 200 | {"user":"42","limit":20}
            GET    | /users/42/orders?limit=5    | Bearer s3cr3t | 200 | {"user":"42","limit":5}
            POST   | /users/42/orders            | Bearer s3cr3t | 200 | {"created":true}
            GET    | /health                     | Bearer s3cr3t | 200 | {"status":"up"}
            DELETE | /users/42                   | Bearer s3cr3t | 405 | {"error":"method not allowed"}
            GET    | /nope                       | Bearer s3cr3t | 404 | {"error":"not found"}
            GET    | /users/42                   | Bearer wrong  | 401 | {"error":"unauthorized"}
            GET    | /users/42                   |               | 401 | {"error":"unauthorized"}
            """)
    void bothRoutersWriteTheSameResponse(String method, String target, String auth, int status, String body) {
        for (int i = 0; i < 3; i++) { // generated request ids 1, 2, 3 on both; the pool reuses one context
            HttpRequest request = new HttpRequest().set(method, target).header("Host", "shop.example");
            if (auth != null) {
                request.header("authorization", auth);
            }
            assertEquals(status, pooled.serve(request, pooledOut));
            assertEquals(status, naive.serve(request, naiveOut));
            String expected = "HTTP/1.1 " + status + " " + reasonOf(status) + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n"
                    + "X-Request-Id: " + (i + 1) + "\r\n\r\n" + body;
            assertEquals(expected, pooledOut.toString());
            assertEquals(expected, naiveOut.toString());
        }
    }

    @Test
    void aClientRequestIdIsEchoed() {
        HttpRequest request = new HttpRequest().set("GET", "/health")
                .header("X-Request-Id", "abc-123").header("Authorization", "Bearer s3cr3t");
        pooled.serve(request, pooledOut);
        naive.serve(request, naiveOut);
        assertEquals(pooledOut.toString(), naiveOut.toString());
        assertEquals(true, pooledOut.toString().contains("\r\nX-Request-Id: abc-123\r\n"));
    }

    @Test
    void theBudgetRequest() {
        HttpRouterBudget budget = new HttpRouterBudget();
        assertEquals(200, budget.naive());
        assertEquals(200, budget.pooled());
    }

    private static String reasonOf(int status) {
        switch (status) {
            case 200: return "OK";
            case 401: return "Unauthorized";
            case 404: return "Not Found";
            default: return "Method Not Allowed";
        }
    }
}
