package dev.allocbudget.core.store;

import static dev.allocbudget.core.store.StoreFixture.DECODE;
import static dev.allocbudget.core.store.StoreFixture.ENCODE;
import static dev.allocbudget.core.store.StoreFixture.classIn;
import static dev.allocbudget.core.store.StoreFixture.figure;
import static dev.allocbudget.core.store.StoreFixture.reply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.allocbudget.core.model.AllocationSite;
import dev.allocbudget.core.model.Figure;
import dev.allocbudget.core.model.FigureDetail;
import dev.allocbudget.core.model.ObjectCount;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A method stored and looked up again with the same inputs gets its forks' figures back as they were measured. */
class StoredFiguresRoundTripTest {
    @TempDir
    Path tmp;

    /** Doubles whose shortest decimal form is long or extreme: a rounding anywhere on the way shows in their bits. */
    private static final Figure COUNTED = new Figure(0.1 + 0.2,
            new ObjectCount(1.0 / 3, null, List.of(
                    new AllocationSite("byte[]", 2.0 / 3, 16.000000000000004,
                            List.of("java.util.Arrays.copyOf(Arrays.java:3537)",
                                    "com.acme.Codec.lambda$encode$0(Codec.java:41)")),
                    new AllocationSite("com.acme.Codec$Frame", 1e-7, Double.MIN_VALUE,
                            List.of("com.acme.Codec.frame(Codec.java:88)"), "pool-1-thread-\"2\" \\ ü")),
                    "jvmti-agent", List.of(new AllocationSite("byte[]", 1.0 / 3, 8.000000000000002,
                            List.of("java.util.Arrays.copyOf(Arrays.java:3537)", "[truncated]")))),
            new FigureDetail(Math.PI, true, 5000, 123_456_789_012L, "pool-1-thread-1, pool-1-thread-2"));
    private static final Figure UNCOUNTED = new Figure(1.7976931348623157e308, null,
            new FigureDetail(4.9e-324, false, 0, 0, null));
    /** Four threads calling at once: each one's share of the calls and its own bytes per call come back too. */
    private static final Figure THREADED = new Figure(76.226, null, new FigureDetail(76.226, true, 0, 0, null,
            List.of(new FigureDetail.CallingThread(0.212, 72.171), new FigureDetail.CallingThread(0.1 + 0.2, 74.442),
                    new FigureDetail.CallingThread(1.0 / 3, 78.936), new FigureDetail.CallingThread(0.155, 0))));
    private static final Figure NO_DETAIL = new Figure(24, new ObjectCount(0.0, null, List.of(), "jfr-fallback"), null);

    @Test
    void aStoredMethodIsFoundWithItsForksFiguresExactlyAndInForkOrder() throws Exception {
        StoreFixture f = new StoreFixture(tmp);
        Path classes = f.dir("classes");
        f.file(classes, "com/acme/Codec.class", "codec");
        List<Path> cp = f.classpath(classes);
        f.put(ENCODE, cp, reply(COUNTED, classIn("com.acme.Codec", 0)), reply(UNCOUNTED, classIn("com.acme.Codec", 0)),
                reply(NO_DETAIL, classIn("com.acme.Codec", 0)), reply(THREADED, classIn("com.acme.Codec", 0)));

        ResultStore.Found found = f.found(ENCODE, cp);

        // records compare their doubles with Double.compare: equal means the same bits
        assertEquals(List.of(COUNTED, UNCOUNTED, NO_DETAIL, THREADED), found.forks());
        assertNull(found.changed());
        assertEquals(Double.doubleToRawLongBits(0.1 + 0.2), Double.doubleToRawLongBits(found.forks().get(0).bytesPerOp()));
        assertEquals("pool-1-thread-\"2\" \\ ü", found.forks().get(0).objects().sites().get(1).thread());
        assertEquals(List.of(), f.warnings);
    }

    @Test
    void eachMethodHasItsOwnFiguresOnTheSameClassPath() throws Exception {
        StoreFixture f = new StoreFixture(tmp);
        Path classes = f.dir("classes");
        f.file(classes, "com/acme/Codec.class", "codec");
        List<Path> cp = f.classpath(classes);
        f.put(ENCODE, cp, reply(figure(32), classIn("com.acme.Codec", 0)));
        f.put(DECODE, cp, reply(figure(0), classIn("com.acme.Codec", 0)));

        assertEquals(new ResultStore.Found(List.of(figure(32)), null), f.found(ENCODE, cp));
        assertEquals(new ResultStore.Found(List.of(figure(0)), null), f.found(DECODE, cp));
        // a method never stored: nothing, and no change to report
        assertEquals(ResultStore.Found.NOTHING, f.found(ENCODE.withRow("[size=64]"), cp));
    }
}
