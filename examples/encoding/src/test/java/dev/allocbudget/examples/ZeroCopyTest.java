package dev.allocbudget.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.allocbudget.examples.codec.Query;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ZeroCopyTest {
    @Test
    void budgetMethodsAgree() {
        ZeroCopyBudget budget = new ZeroCopyBudget();
        assertEquals(3, budget.before());
        assertEquals(3, budget.after());
    }

    @Test
    void inPlaceAgreesWithStrings() {
        String[] queries = {
            "page=3", "q=shoes&page=12&sort=price", "pages=4&page=5", "page=", "page", "page=x1", "page=3=4",
            "&page=7&", "a=1&&page=8", "", "&", "=", "=5&page=6", "page=1&page=2", "q=page%3D9",
            "page=123456789012345678", "page=1234567890123456789", "Page=3", "pag=3", "xpage=3&page=0"
        };
        for (String q : queries) {
            // in the middle of a larger buffer, as it would be in a request line
            byte[] buf = ("GET /s?" + q + " HTTP/1.1").getBytes(StandardCharsets.US_ASCII);
            long expected = Query.naiveParamAsLong(buf, 7, q.length(), "page");
            assertEquals(expected, Query.paramAsLong(buf, 7, q.length(), "page".getBytes(StandardCharsets.US_ASCII)),
                    q);
        }
        byte[] buf = "page=3&page=4".getBytes(StandardCharsets.US_ASCII);
        assertEquals(4, Query.paramAsLong(buf, 7, 6, "page".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(3, Query.paramAsLong(buf, 0, 6, "page".getBytes(StandardCharsets.US_ASCII)));
    }
}
