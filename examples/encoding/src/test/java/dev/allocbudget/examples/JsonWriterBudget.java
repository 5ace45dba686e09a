package dev.allocbudget.examples;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.examples.codec.Account;
import dev.allocbudget.examples.codec.JsonWriter;

/**
 * Technique 9, a JSON response writer: {@code {"id":1042,"name":"Ada \"Countess\" Lovelace","balance":-125000,
 * "active":true}} built as a String and encoded ({@code before}), or written as bytes into a reused buffer
 * ({@code after}).
 */
public class JsonWriterBudget {
    private final Account account = new Account(1042, "Ada \"Countess\" Lovelace", -125_000, true);
    private final JsonWriter writer = new JsonWriter(256);

    /**
     * The concatenated text (96 B), its copy from getBytes (96 B), the escape helper's builder array and its growth
     * (32 + 56 B), and on JDK 17 the escaped name (String 24 B + byte[] 48 B): 352 B, 6 objects; JDK 25's escape
     * analysis removes the name's String: 328 B, 5 objects.
     */
    @AllocationBudget
    public byte[] before() {
        return JsonWriter.naiveAccount(account);
    }

    /** Returns the length of the response in {@code writer.buffer()}. */
    @AllocationBudget(bytes = 0, objects = 0)
    public int after() {
        return writer.reset().account(account).size();
    }
}
