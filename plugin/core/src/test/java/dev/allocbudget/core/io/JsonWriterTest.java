package dev.allocbudget.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void controlCharactersAreEscaped() {
        assertEquals("\"a\\u0001b\"", JsonWriter.string("a\u0001b"));
    }
}
