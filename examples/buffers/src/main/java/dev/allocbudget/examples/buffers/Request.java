package dev.allocbudget.examples.buffers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A request-scoped object: a few fields, a small list and a small body buffer. It is either created per request
 * ({@code new Request()}) or taken from a {@link RequestPool}, which calls {@link #reset()} before keeping it.
 */
public final class Request {
    /** The body buffer's size; larger bodies are rejected (a real server would stream them). */
    public static final int MAX_BODY = 256;

    private String method;
    private String path;
    private long userId;
    private Object session;
    // kept across requests: cleared, never replaced, so their storage is reused
    private final ArrayList<String> tags = new ArrayList<>(8);
    private final byte[] body = new byte[MAX_BODY];
    private int bodyLength;
    // set while the object sits in a pool, to catch a double release or a use after release
    boolean pooled;

    /** Copies {@code raw} into this request. */
    public Request readFrom(RawRequest raw) {
        byte[] src = raw.body();
        if (src.length > MAX_BODY) {
            throw new IllegalArgumentException("body of " + src.length + " bytes, at most " + MAX_BODY);
        }
        method = raw.method();
        path = raw.path();
        userId = raw.userId();
        session = raw.session();
        for (String tag : raw.tags()) {   // not addAll: ArrayList.addAll copies the source into a new array
            tags.add(tag);
        }
        System.arraycopy(src, 0, body, 0, src.length);
        bodyLength = src.length;
        return this;
    }

    /**
     * Reset done right: every field back to its initial value, references set to null so that a pooled request
     * keeps nothing of the last one alive (its session, its strings), the list cleared but kept, and the bytes the
     * last body used zeroed (only those: the rest are still zero), so no earlier body can be read back.
     */
    public void reset() {
        method = null;
        path = null;
        userId = 0;
        session = null;
        tags.clear();   // nulls the slots it used, keeps its array
        Arrays.fill(body, 0, bodyLength, (byte) 0);
        bodyLength = 0;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public long userId() {
        return userId;
    }

    public Object session() {
        return session;
    }

    /** The tags, as a read-only view of the reused list. */
    public List<String> tags() {
        return java.util.Collections.unmodifiableList(tags);
    }

    public int tagCount() {
        return tags.size();
    }

    public String tag(int i) {
        return tags.get(i);
    }

    public int bodyLength() {
        return bodyLength;
    }

    public byte bodyAt(int i) {
        if (i >= bodyLength) {
            throw new IndexOutOfBoundsException(i);
        }
        return body[i];
    }

    /** Whether every byte of the body buffer, used or not, is zero (for tests). */
    public boolean bodyBufferIsZero() {
        for (byte b : body) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
