package dev.allocbudget.runner.measure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SteadyStateMeterTest {

    @Test
    void wholeBytesAndSimpleFractionsAreSimple() {
        assertTrue(SteadyStateMeter.isSimple(new Window(64_000, 0)));
        assertTrue(SteadyStateMeter.isSimple(new Window(64_000, 16 * 64_000L)));
        assertTrue(SteadyStateMeter.isSimple(new Window(64_000, 12 * 64_000L)), "24 B every other call");
        assertTrue(SteadyStateMeter.isSimple(new Window(64_000, 64_000L / 8)), "8 B every eighth call");
    }

    @Test
    void aFigureThatStraddledAJitTransitionIsNotSimple() {
        assertFalse(SteadyStateMeter.isSimple(new Window(64_000, 3_097_088)), "48.392 B/op");
    }
}
