package dev.allocbudget.runner.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class JmhRunOptionsTest {

    @Test
    void optionsCrossAsOneNamedArgument() {
        JmhRunOptions options = new JmhRunOptions(1, 2, 500, 5, 750, "avgt", "ns",
                Set.of(JmhRunOptions.ITERATIONS, JmhRunOptions.FORKS));
        assertEquals("forks=1,warmupIterations=2,warmupMillis=500,iterations=5,iterationMillis=750,mode=avgt,"
                + "timeUnit=ns,threads=1,explicit=forks+iterations", options.encode());
        assertEquals(options, JmhRunOptions.decode(options.encode()));
        assertTrue(options.annotationWins(JmhRunOptions.WARMUP_ITERATIONS));
        assertFalse(options.annotationWins(JmhRunOptions.FORKS));
        JmhRunOptions none = new JmhRunOptions(1, 2, 500, 5, 750, "avgt", "ns", Set.of());
        assertEquals(none, JmhRunOptions.decode(none.encode()));
    }

    @Test
    void aBudgetsThreadsAreExplicitAndWinOverTheBenchmarksOwn() {
        JmhRunOptions none = new JmhRunOptions(1, 2, 500, 5, 750, "avgt", "ns", Set.of());
        assertSame(none, none.onThreads(1), "one thread: a @Threads of the benchmark's may still say otherwise");
        JmhRunOptions four = none.onThreads(4);
        assertEquals(4, four.threads());
        assertFalse(four.annotationWins(JmhRunOptions.THREADS));
        assertEquals(four, JmhRunOptions.decode(four.encode()));
    }

    @Test
    void aMissingUnknownOrBadValueIsNamed() {
        assertEquals("JMH options 'forks=1': no warmupIterations", assertThrows(IllegalArgumentException.class,
                () -> JmhRunOptions.decode("forks=1")).getMessage());
        String extra = new JmhRunOptions(1, 2, 500, 5, 750, "avgt", "ns", Set.of()).encode() + ",fork=4";
        assertEquals("JMH options '" + extra + "': unknown [fork]", assertThrows(IllegalArgumentException.class,
                () -> JmhRunOptions.decode(extra)).getMessage());
        assertEquals("JMH options '1,2': '1' is not name=value", assertThrows(IllegalArgumentException.class,
                () -> JmhRunOptions.decode("1,2")).getMessage());
    }
}
