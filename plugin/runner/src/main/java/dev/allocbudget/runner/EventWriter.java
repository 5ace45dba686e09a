package dev.allocbudget.runner;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Appends events to the fork's events file, flushing each line so a later crash cannot lose it. */
final class EventWriter implements AutoCloseable {
    private final BufferedWriter out;

    EventWriter(Path file) throws IOException {
        // an OutputStreamWriter replaces malformed text (a lone surrogate in an exception message); the writer
        // Files.newBufferedWriter gives would throw, and keep throwing, and the fork would never say bye
        out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
        line(Events.HEADER);
    }

    synchronized void write(String type, Object... fields) {
        line(Events.encode(type, fields));
    }

    private void line(String text) {
        try {
            out.write(text);
            out.write('\n');
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
