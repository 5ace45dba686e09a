package dev.allocbudget.runner.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the host reads a whole events file: forks that died mid-write, and files it must not misread. */
class EventFileTest {
    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        Path file = Files.createTempFile(dir, "fork", ".events");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aTornLastLineIsDropped() throws Exception {
        String error = EventFormat.encode(new Event.Error("first")) + "\n";
        assertEquals(List.of(new Event.Error("first")),
                EventReader.read(file(EventFormat.HEADER + "\n" + error + "result\t16\t1")));
    }

    @Test
    void aTornLastLineIsDroppedEvenWhenWhatWasWrittenOfItParses() throws Exception {
        // "bye" and a message cut short both parse; only the missing newline shows the fork died writing them
        assertEquals(List.of(), EventReader.read(file(EventFormat.HEADER + "\nbye")));
        assertEquals(List.of(), EventReader.read(file(EventFormat.HEADER + "\nerror\tthe method thr")));
    }

    @Test
    void aForkThatDiedBeforeItsHeaderReportedNothing() throws Exception {
        assertEquals(List.of(), EventReader.read(dir.resolve("never-written.events")));
        assertEquals(List.of(), EventReader.read(file("")));
        assertEquals(List.of(), EventReader.read(file("allocbudget-ev")));
        assertEquals(List.of(), EventReader.read(file(EventFormat.HEADER)));
    }

    @Test
    void aForeignHeaderIsRejected() throws Exception {
        Path file = file("something else\nbye\n");
        EventFileException e = assertThrows(EventFileException.class, () -> EventReader.read(file));
        assertEquals("the fork's events file " + file + " is not an allocbudget events file (its first line is"
                + " \"something else\")", e.getMessage());
    }

    @Test
    void anOlderVersionIsRejectedNamingBothVersions() throws Exception {
        Path file = file("allocbudget-events\t2\nresult\t16\t1\t2\t3\nbye\n");
        EventFileException e = assertThrows(EventFileException.class, () -> EventReader.read(file));
        assertTrue(e.getMessage().startsWith("the fork speaks events version 2, this plugin version "
                + EventFormat.VERSION + ": the runner jar on the class path is from another allocbudget version;"),
                e.getMessage());
    }

    @Test
    void aNewerVersionIsRejectedToo() throws Exception {
        Path file = file("allocbudget-events\t" + (EventFormat.VERSION + 1) + "\n");
        EventFileException e = assertThrows(EventFileException.class, () -> EventReader.read(file));
        assertTrue(e.getMessage().startsWith("the fork speaks events version " + (EventFormat.VERSION + 1)
                + ", this plugin version " + EventFormat.VERSION + ":"), e.getMessage());
    }

    @Test
    void aCompleteLineThatIsNoEventNamesItsLineAndWhy() throws Exception {
        assertEquals("line 3 of the events file F is not an event of version " + EventFormat.VERSION
                + ": unknown event type 'mystery'", problem("bye\nmystery\tx\n"));
        assertEquals("line 2 of the events file F is not an event of version " + EventFormat.VERSION
                + ": the result event needs more than 3 fields", problem("result\t16\t1\t2\n"));
        assertEquals("line 2 of the events file F is not an event of version " + EventFormat.VERSION
                + ": the objects event has 3 fields, not 2", problem("objects\t1\t2\t3\n"));
        assertEquals("line 2 of the events file F is not an event of version " + EventFormat.VERSION
                + ": field 2 of the objects event is not a whole number: 2.5", problem("objects\t1\t2.5\n"));
    }

    private String problem(String lines) throws Exception {
        Path file = file(EventFormat.HEADER + "\n" + lines);
        return assertThrows(EventFileException.class, () -> EventReader.read(file)).getMessage()
                .replace(file.toString(), "F");
    }
}
