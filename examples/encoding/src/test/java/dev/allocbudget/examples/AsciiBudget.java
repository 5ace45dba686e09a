package dev.allocbudget.examples;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.examples.codec.Ascii;
import java.nio.charset.StandardCharsets;

/** Writing a number as ASCII, e.g. a Content-Length value: into a reused buffer, or through a String. */
public class AsciiBudget {
    private final byte[] buffer = new byte[Ascii.MAX_LONG_LENGTH];
    private long value = 1_234_567_890_123L; // not final, or javac would inline it as a constant

    /** 13 digits written into the buffer the caller owns. */
    @AllocationBudget(bytes = 0)
    public int putLong() {
        return Ascii.putLong(value, buffer, 0);
    }

    /**
     * A String (24 B) around its digits (32 B), then getBytes copies the digits (32 B). On JDK 25 escape analysis
     * removes the String: 64 B.
     */
    @AllocationBudget(bytes = 88)
    public byte[] viaString() {
        return Long.toString(value).getBytes(StandardCharsets.US_ASCII);
    }
}
