package dev.allocbudget.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventsTest {

    @Test
    void fieldsWithTabsNewlinesAndBackslashesSurviveARoundTrip() {
        String message = "threw java.lang.IllegalStateException: a\tb\n\tat demo.X.m(X.java:3)\r\\n is not a newline";
        String line = Events.encode(Events.ERROR, message, 42L, "");
        assertEquals(-1, line.indexOf('\n'), "one event is one line");
        assertEquals(List.of("error", message, "42", ""), Events.decode(line));
    }

    @Test
    void typeAloneDecodesToOneElement() {
        assertEquals(List.of("bye"), Events.decode(Events.encode(Events.BYE)));
    }
}
