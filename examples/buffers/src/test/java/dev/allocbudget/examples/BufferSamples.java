package dev.allocbudget.examples;

import dev.allocbudget.examples.buffers.RawRequest;
import java.nio.charset.StandardCharsets;

/** The workloads the buffer budgets share with their tests. */
final class BufferSamples {
    private BufferSamples() {
    }

    /** Four requests with 1 to 3 tags and bodies of 0 to 200 bytes. */
    static final RawRequest[] REQUESTS = {
        new RawRequest("GET", "/users/1042", 1042, new String[] {"api"}, new byte[0], "session-1042"),
        new RawRequest("POST", "/users/1042/orders", 1042, new String[] {"api", "write", "orders"},
                "{\"item\":\"book\",\"qty\":2}".getBytes(StandardCharsets.US_ASCII), "session-1042"),
        new RawRequest("PUT", "/users/7/profile", 7, new String[] {"api", "write"}, body(200), "session-7"),
        new RawRequest("GET", "/health", 0, new String[] {"internal", "probe"}, new byte[0], "probe"),
    };

    /** Message sizes for the buffer pool, every tier and both of its edges: 6 messages, 105,344 bytes. */
    static final int[] MESSAGE_SIZES = {100, 512, 1500, 4096, 30_000, 65_536 + 3_600};

    /** A source big enough for the largest message. */
    static final byte[] MESSAGE_SOURCE = body(70_000);

    /** One request's tags, 8 of them, 5 distinct. */
    static final String[] SMALL_TAGS = {"api", "write", "orders", "api", "v2", "write", "api", "beta"};

    /** A burst: one request with 20,000 distinct tags. */
    static String[] burstTags() {
        String[] tags = new String[20_000];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = "tag-" + i;
        }
        return tags;
    }

    static byte[] body(int length) {
        byte[] body = new byte[length];
        for (int i = 0; i < length; i++) {
            body[i] = (byte) ('a' + i % 26);
        }
        return body;
    }
}
