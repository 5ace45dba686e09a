package dev.allocbudget.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.allocbudget.examples.codec.Account;
import dev.allocbudget.examples.codec.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
    @Test
    void budgetMethodsWriteTheSameBytes() {
        JsonWriterBudget budget = new JsonWriterBudget();
        byte[] expected = budget.before();
        assertEquals("{\"id\":1042,\"name\":\"Ada \\\"Countess\\\" Lovelace\",\"balance\":-125000,\"active\":true}",
                new String(expected, StandardCharsets.UTF_8));
        assertEquals(expected.length, budget.after());
        assertEquals(expected.length, budget.after()); // reset per call
    }

    @Test
    void sameBytesAsTheNaiveWriter() {
        String[] names = {
            "", "Ada", "quote \" and backslash \\", "tab\tnew\nline\rret", "\u0000\u0001\u001f\u007f", "caf\u00e9",
            "\u20ac 10", "\ud83d\ude00 smile", "lone \ud83d high", "lone \ude00 low", "end high \ud83d", "x".repeat(600)
        };
        JsonWriter writer = new JsonWriter(8); // small, so that it has to grow
        for (String name : names) {
            for (long n : new long[] {0, -1, Long.MIN_VALUE, Long.MAX_VALUE, 1042}) {
                assertSame(writer, new Account(n, name, -n, n % 2 == 0));
            }
        }
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 10_000; i++) {
            char[] chars = new char[random.nextInt(20)];
            for (int j = 0; j < chars.length; j++) {
                chars[j] = (char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000));
            }
            assertSame(writer, new Account(random.nextLong(), new String(chars), random.nextLong(), random.nextBoolean()));
        }
    }

    @Test
    void appendsAfterWhatIsInTheBuffer() {
        JsonWriter writer = new JsonWriter(4);
        writer.reset().number(1).number(-23).string("a");
        assertEquals("1-23\"a\"", new String(writer.buffer(), 0, writer.size(), StandardCharsets.UTF_8));
    }

    private static void assertSame(JsonWriter writer, Account account) {
        byte[] expected = JsonWriter.naiveAccount(account);
        writer.reset().account(account);
        assertArrayEquals(expected, Arrays.copyOf(writer.buffer(), writer.size()), account::toString);
    }
}
