package dev.allocbudget.runner.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Any text a method or the JVM produces fits on one line and comes back unchanged. */
class EventEscapingTest {
    @TempDir
    Path dir;

    @Test
    void tabsNewlinesReturnsAndBackslashesSurviveInMessagesAndFrames() throws Exception {
        String message = "threw java.lang.IllegalStateException: a\tb\n\tat demo.X.m(X.java:3)\r\\n is not a newline\\";
        List<Event> events = List.of(new Event.Error(message),
                new Event.Site(1, 16, "pool-1\tthread", "a\tb", List.of("x\ny", "\\t", "", "end\\")),
                new Event.Warning(""));
        Path file = dir.resolve("escaped.events");
        EventRoundTripTest.write(file, events);
        assertEquals(events, EventReader.read(file));
        assertEquals(4, Files.readAllLines(file).size(), "one line per event");
    }

    @Test
    void aLoneSurrogateIsReplacedAndTheForkKeepsWriting() throws Exception {
        // an exception message can hold half a surrogate pair; the fork must still reach its bye
        Path file = dir.resolve("surrogate.events");
        EventRoundTripTest.write(file, List.of(new Event.Error("bad \ud800 text"), new Event.Bye()));
        assertEquals(List.of(new Event.Error("bad ? text"), new Event.Bye()), EventReader.read(file));
    }

    @Test
    void malformedBytesFromElsewhereAreReadLeniently() throws Exception {
        Path file = dir.resolve("bytes.events");
        Files.write(file, (EventFormat.HEADER + "\nwarning\tx").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Files.write(file, new byte[] {(byte) 0xC3, '\n'}, java.nio.file.StandardOpenOption.APPEND);
        assertEquals(List.of(new Event.Warning("x\ufffd")), EventReader.read(file));
    }
}
