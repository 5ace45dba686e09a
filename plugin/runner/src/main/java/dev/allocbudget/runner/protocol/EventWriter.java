package dev.allocbudget.runner.protocol;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a fork's events file: the header, then one line per event, flushed at once so that a later crash cannot
 * lose it. Used by every kind of fork (the check's and JMH's), from any thread.
 */
public final class EventWriter implements AutoCloseable {
    private final BufferedWriter out;

    public EventWriter(Path file) throws IOException {
        // an OutputStreamWriter replaces malformed text (a lone surrogate in an exception message); the writer
        // Files.newBufferedWriter gives would throw, and keep throwing, and the fork would never say bye
        out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
        line(EventFormat.HEADER);
    }

    public synchronized void write(Event event) {
        line(EventFormat.encode(event));
    }

    private void line(String text) {
        try {
            out.write(text);
            out.write('\n'); // the reader takes a last line without its newline as torn
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
