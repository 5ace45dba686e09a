package dev.allocbudget.runner.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
                + "timeUnit=ns,explicit=forks+iterations", options.encode());
        assertEquals(options, JmhRunOptions.decode(options.encode()));
        assertTrue(options.annotationWins(JmhRunOptions.WARMUP_ITERATIONS));
        assertFalse(options.annotationWins(JmhRunOptions.FORKS));
        JmhRunOptions none = new JmhRunOptions(1, 2, 500, 5, 750, "avgt", "ns", Set.of());
        assertEquals(none, JmhRunOptions.decode(none.encode()));
    }

    @Test
    void aMissingUnknownOrBadValueIsNamed() {
        assertEquals("JMH options 'forks=1': no warmupIterations", assertThrows(IllegalArgumentException.class,
                () -> JmhRunOptions.decode("forks=1")).getMessage());
        String extra = new JmhRunOptions(1, 2, 500, 5, 750, "avgt", "ns", Set.of()).encode() + ",threads=4";
        assertEquals("JMH options '" + extra + "': unknown [threads]", assertThrows(IllegalArgumentException.class,
                () -> JmhRunOptions.decode(extra)).getMessage());
        assertEquals("JMH options '1,2': '1' is not name=value", assertThrows(IllegalArgumentException.class,
                () -> JmhRunOptions.decode("1,2")).getMessage());
    }
}
