package dev.allocbudget.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.allocbudget.examples.codec.Ascii;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class AsciiTest {
    @Test
    void writesWhatLongToStringWrites() {
        long power = 1;
        for (int i = 0; i <= 18; i++, power *= 10) {
            for (long v : new long[] {power - 1, power, power + 1}) {
                assertWrites(v);
                assertWrites(-v);
            }
        }
        assertWrites(Long.MAX_VALUE);
        assertWrites(Long.MIN_VALUE);
        LongStream.generate(new SplittableRandom(42)::nextLong).limit(10_000).forEach(AsciiTest::assertWrites);
    }

    @Test
    void writesAtTheOffset() {
        byte[] dst = "Content-Length: ????".getBytes(StandardCharsets.US_ASCII);
        assertEquals(19, Ascii.putLong(123, dst, 16));
        assertEquals("Content-Length: 123?", new String(dst, StandardCharsets.US_ASCII));
    }

    @Test
    void writesNothingWhenTheDigitsDoNotFit() {
        byte[] dst = new byte[4];
        assertThrows(IndexOutOfBoundsException.class, () -> Ascii.putLong(12_345, dst, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> Ascii.putLong(-123, dst, 1));
        assertArrayEquals(new byte[4], dst);
    }

    private static void assertWrites(long value) {
        byte[] dst = new byte[Ascii.MAX_LONG_LENGTH];
        int end = Ascii.putLong(value, dst, 0);
        assertEquals(Long.toString(value), new String(Arrays.copyOf(dst, end), StandardCharsets.US_ASCII));
    }
}
