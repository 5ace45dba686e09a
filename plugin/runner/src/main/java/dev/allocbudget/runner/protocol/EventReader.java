package dev.allocbudget.runner.protocol;

import static java.util.Map.entry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads what a fork wrote: one line into its event, or a whole events file after checking its header. */
public final class EventReader {
    private static final Map<String, Function<Fields, Event>> DECODERS = Map.ofEntries(
            entry(Event.Env.TAG, Event.Env::decode),
            entry(Event.Method.TAG, Event.Method::decode),
            entry(Event.Warning.TAG, Event.Warning::decode),
            entry(Event.Result.TAG, Event.Result::decode),
            entry(Event.Lingering.TAG, Event.Lingering::decode),
            entry(Event.Loaded.TAG, Event.Loaded::decode),
            entry(Event.Objects.TAG, Event.Objects::decode),
            entry(Event.Site.TAG, Event.Site::decode),
            entry(Event.ObjectsUnavailable.TAG, Event.ObjectsUnavailable::decode),
            entry(Event.ObjectsPartial.TAG, Event.ObjectsPartial::decode),
            entry(Event.Unsettled.TAG, Event.Unsettled::decode),
            entry(Event.Error.TAG, Event.Error::decode),
            entry(Event.Bye.TAG, Event.Bye::decode),
            entry(Event.JmhBenchmark.TAG, Event.JmhBenchmark::decode),
            entry(Event.JmhRefused.TAG, Event.JmhRefused::decode),
            entry(Event.JmhWaiting.TAG, Event.JmhWaiting::decode),
            entry(Event.JmhResult.TAG, Event.JmhResult::decode));

    private EventReader() {}

    /** The event on one line (without its newline); throws when the line is not an event of this version. */
    public static Event decode(String line) {
        List<String> parts = EventFormat.split(line);
        String tag = parts.get(0);
        Function<Fields, Event> decoder = DECODERS.get(tag);
        if (decoder == null) {
            throw new MalformedEventException("unknown event type '" + tag + "'");
        }
        Fields fields = new Fields(tag, parts.subList(1, parts.size()));
        Event event = decoder.apply(fields);
        fields.requireAllRead();
        return event;
    }

    /**
     * The events in the file, header not included. A missing or empty file has none (the fork died before it
     * wrote anything). A last line without its newline is dropped: the fork died while writing it, and what it
     * wrote of it may even parse (a message cut short). Throws when the file is from another protocol version or
     * not an events file, or when a complete line is not an event.
     */
    public static List<Event> read(Path file) throws IOException, EventFileException {
        if (!Files.exists(file)) {
            return List.of();
        }
        // decoded leniently: malformed bytes become U+FFFD rather than an exception
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        String complete = text.substring(0, text.lastIndexOf('\n') + 1);
        if (complete.isEmpty()) {
            return List.of();
        }
        String[] lines = complete.substring(0, complete.length() - 1).split("\n", -1);
        checkHeader(lines[0], file);
        List<Event> events = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            try {
                events.add(decode(lines[i]));
            } catch (MalformedEventException e) {
                throw new EventFileException("line " + (i + 1) + " of the events file " + file + " is not an event"
                        + " of version " + EventFormat.VERSION + ": " + e.getMessage());
            }
        }
        return events;
    }

    private static void checkHeader(String header, Path file) throws EventFileException {
        if (!header.startsWith(EventFormat.HEADER_PREFIX)) {
            throw new EventFileException("the fork's events file " + file + " is not an allocbudget events file"
                    + " (its first line is \"" + abbreviate(header) + "\")");
        }
        String version = header.substring(EventFormat.HEADER_PREFIX.length());
        if (!version.equals(Integer.toString(EventFormat.VERSION))) {
            throw new EventFileException("the fork speaks events version " + abbreviate(version) + ", this plugin"
                    + " version " + EventFormat.VERSION + ": the runner jar on the class path is from another"
                    + " allocbudget version; remove allocbudget-runner and allocbudget-jmh from the project's"
                    + " dependencies (only allocbudget-annotations belongs there), or give them the plugin's version");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }
}
