package demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** An ordinary unit test, which Surefire's default includes match. */
class CodecTest {
    @Test
    void adds() {
        assertEquals(6, new HotBudget().sum());
    }
}
