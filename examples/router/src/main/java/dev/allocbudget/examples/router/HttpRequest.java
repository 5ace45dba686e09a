package dev.allocbudget.examples.router;

import java.util.Arrays;

/**
 * A request as the server's parser hands it over: method, target and headers. Reusable: {@link #set} starts a new
 * request in the same object.
 */
public final class HttpRequest {
    private String method;
    private String target;
    private String[] headers = new String[2 * 8];
    private int headerCount;

    /** Starts a new request, without headers. */
    public HttpRequest set(String method, String target) {
        this.method = method;
        this.target = target;
        headerCount = 0;
        return this;
    }

    public HttpRequest header(String name, String value) {
        if (2 * headerCount == headers.length) {
            headers = Arrays.copyOf(headers, 2 * headers.length);
        }
        headers[2 * headerCount] = name;
        headers[2 * headerCount + 1] = value;
        headerCount++;
        return this;
    }

    public String method() {
        return method;
    }

    public String target() {
        return target;
    }

    public int headerCount() {
        return headerCount;
    }

    public String headerName(int i) {
        return headers[2 * i];
    }

    public String headerValue(int i) {
        return headers[2 * i + 1];
    }

    /** The first header called {@code name}, ignoring case, or {@code null}. */
    public String header(String name) {
        for (int i = 0; i < headerCount; i++) {
            if (headers[2 * i].equalsIgnoreCase(name)) {
                return headers[2 * i + 1];
            }
        }
        return null;
    }
}
