package dev.allocbudget.examples;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.examples.codec.Query;
import java.nio.charset.StandardCharsets;

/**
 * Technique 5, zero-copy views: read {@code page} from the query of a request line that sits in a receive buffer,
 * through Strings ({@code before}) or in place, comparing bytes by offset and length ({@code after}).
 */
public class ZeroCopyBudget {
    private final byte[] buffer =
            "GET /search?q=shoes&color=red&size=42&page=3&sort=price HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII);
    private final int offset = indexOf('?') + 1;
    private final int length = indexOf(' ', offset) - offset;
    private final byte[] pageBytes = "page".getBytes(StandardCharsets.US_ASCII);
    private String page = "page"; // not final, or javac would inline it as a constant

    /**
     * The query as a String, its 5 pairs from {@code split("&")}, then {@code split("=", 2)} on 4 of them: 1264 B,
     * 43 objects on JDK 17; 1144 B, 38 objects on JDK 25, whose escape analysis removes split's internal ArrayLists.
     */
    @AllocationBudget
    public long before() {
        return Query.naiveParamAsLong(buffer, offset, length, page);
    }

    /** Keys compared and digits parsed where they are in the buffer. */
    @AllocationBudget(bytes = 0, objects = 0)
    public long after() {
        return Query.paramAsLong(buffer, offset, length, pageBytes);
    }

    private int indexOf(char c) {
        return indexOf(c, 0);
    }

    private int indexOf(char c, int from) {
        for (int i = from; i < buffer.length; i++) {
            if (buffer[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
