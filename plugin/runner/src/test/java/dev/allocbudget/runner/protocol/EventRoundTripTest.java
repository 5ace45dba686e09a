package dev.allocbudget.runner.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every event type, written by the fork's writer and read back by the host's reader, is the same record. */
class EventRoundTripTest {
    @TempDir
    Path dir;

    /** One of each event type, with values that test its fields' edges. */
    static List<Event> samples() {
        return List.of(
                new Event.Env("17.0.9", "Eclipse Adoptium", "OpenJDK 64-Bit Server VM", "G1", "17.0.9+9",
                        "17.0.9+9"),
                new Event.Method(MethodId.parse("com.acme.Codec#encode[size=16,kind=utf8]"), 48, -1, -1.0, true, "budget for Java 21+", 4, null),
                new Event.Method(MethodId.parse("com.acme.Codec#decode"), -1, 2, 12.5, false, null, 1, "parameter 1 (java.lang.String) is neither"),
                new Event.Warning("could not load test class a.B (java.lang.NoClassDefFoundError: c/D)"),
                new Event.Result(4_096_000, 64_000, 12_345_678_901L, 734, 1_024_000, false, 0, 0, List.of()),
                new Event.Result(1_640_000, 500_000, 30_000_000, 1_600, 1_640_000, true, 5_000, 16_400,
                        List.of(new Event.Result.ThreadShare(260_000, 900_000), new Event.Result.ThreadShare(240_000, 740_000))),
                new Event.Lingering("uneven-ticker (RUNNABLE), pool-1-thread-1 (TIMED_WAITING)"),
                new Event.Loaded("class", "com/acme/Codec.class", List.of(0)),
                new Event.Loaded("resources", "META-INF/services/com.acme.Spi", List.of(2, 5)),
                new Event.Loaded("class", "com/acme/Optional.class", List.of()),
                new Event.Objects(64_000, 64_000),
                new Event.Site(64_000, 5_120_000, "main", "byte[]", List.of("com.acme.Buffers.fill(Buffers.java:41)",
                        "com.acme.Codec.encode(Unknown Source)")),
                new Event.Site(3, 72, "pool-1-thread-1", "java.util.HashMap$Node", List.of()),
                new Event.ObjectsUnavailable("the native object counter is not loaded in this JVM"),
                new Event.ObjectsPartial(2048, 678384, 973328),
                new Event.Unsettled("bytes/op did not settle within 2000 ms (1000 calls); last windows: 16 B/1"),
                new Event.Error("the method threw java.lang.IllegalStateException: no"),
                new Event.Bye(),
                new Event.JmhBenchmark(MethodId.parse("com.acme.Codec#encode"), "^\\Qcom.acme.Codec_encode_allocbudget.encode\\E$"),
                new Event.JmhRefused(MethodId.parse("Codec#encode"), "Benchmark class should have package other than default.\nagain"),
                new Event.JmhWaiting("/tmp/jmh.lock", 1234),
                new Event.JmhResult("kind=utf8,size=16", 12.345678901234567, 0.25, "ns/op", "avgt", 48.00001,
                        "1 fork, 1 x 200 ms warm-up, 2 x 1000 ms measurement, avgt in ns"),
                new Event.JmhResult("", 1.0E9, Double.NaN, "ops/s", "thrpt", Double.NaN, ""));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void anEventReadsBackAsTheRecordThatWasWritten(Event event) throws Exception {
        assertEquals(List.of(event), writeAndRead(List.of(event)));
    }

    @Test
    void everyEventTypeHasASampleAbove() {
        Set<Class<?>> sampled = samples().stream().map(Object::getClass).collect(Collectors.toSet());
        Set<Class<?>> permitted = Set.copyOf(Arrays.asList(Event.class.getPermittedSubclasses()));
        assertEquals(permitted, sampled);
    }

    @Test
    void aFileOfAllEventsReadsBackInOrderOneLineEach() throws Exception {
        Path file = dir.resolve("all.events");
        write(file, samples());
        assertEquals(samples(), EventReader.read(file));
        assertEquals(samples().size() + 1, Files.readAllLines(file).size(), "the header, then one line per event");
    }

    @Test
    void aValidMethodCarriesAnEmptyProblemOnTheLine() {
        Event.Method valid = new Event.Method(MethodId.parse("a.B#c"), 0, -1, -1.0, true, "", 1, "");
        assertEquals(null, valid.problem());
        assertEquals(null, valid.applies());
        assertEquals("method\ta.B#c\t0\t-1\t-1.0\ttrue\t\t1\t", EventFormat.encode(valid));
    }

    private List<Event> writeAndRead(List<Event> events) throws IOException, EventFileException {
        Path file = Files.createTempFile(dir, "events", ".events");
        write(file, events);
        return EventReader.read(file);
    }

    static void write(Path file, List<Event> events) throws IOException {
        try (EventWriter writer = new EventWriter(file)) {
            events.forEach(writer::write);
        }
    }
}
