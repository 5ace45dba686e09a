package dev.allocbudget.core.fork;

import dev.allocbudget.core.model.ForkFailure;
import dev.allocbudget.core.model.Problem;
import dev.allocbudget.runner.protocol.Event;
import dev.allocbudget.runner.protocol.EventFileException;
import dev.allocbudget.runner.protocol.EventReader;
import dev.allocbudget.runner.load.Lookup;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How one forked JVM ended, and the events it wrote. Each kind of fork's reply is decoded from it once, by
 * {@link MeasureReply}, {@link DiscoveryReply} and the JMH mode's readers.
 *
 * @param exitCode   the process exit code ({@code -1} when it was killed)
 * @param timedOut   true when the host killed it after {@code timeout}
 * @param events     the events it wrote, in order
 * @param unreadable why its events file could not be read (another protocol version, say), or null
 * @param outputTail the last lines the fork wrote to stdout and stderr, labelled, or empty
 * @param started    when it was started
 * @param logs       the fork's log files, as a glob for the user to look at
 */
public record ForkRun(int exitCode, boolean timedOut, Duration timeout, List<Event> events, String unreadable,
        String outputTail, Instant started, Duration elapsed, String logs) {

    /** The fork's run with the events read from its file. */
    static ForkRun read(int exitCode, boolean timedOut, Duration timeout, Path eventsFile, String outputTail,
            Instant started, Duration elapsed, String logs) throws IOException {
        try {
            return new ForkRun(exitCode, timedOut, timeout, EventReader.read(eventsFile), null, outputTail, started,
                    elapsed, logs);
        } catch (EventFileException e) {
            return new ForkRun(exitCode, timedOut, timeout, List.of(), e.getMessage(), outputTail, started, elapsed,
                    logs);
        }
    }

    /** What the fork looked up on the project's class path (see {@code runner.load.RecordingClassLoader}). */
    List<Lookup> lookups() {
        return all(Event.Loaded.class).stream().map(l -> new Lookup(
                Lookup.Kind.valueOf(l.kind().toUpperCase(java.util.Locale.ROOT)), l.name(), l.entries())).toList();
    }

    /** The first event of that type. */
    <T extends Event> Optional<T> first(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** Every event of that type, in the order written. */
    <T extends Event> List<T> all(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The first error: the method, its class or JMH could not be run. */
    public Optional<Problem> error() {
        return first(Event.Error.class).map(e -> new Problem.Failed(e.message()));
    }

    /**
     * How the fork failed to give a usable answer, or empty when it ended normally: events in a format this plugin
     * cannot read (a runner of another version), killed after the timeout, or exited (System.exit in user code, a
     * JVM crash) before it said bye.
     */
    public Optional<ForkFailure> failure() {
        if (unreadable != null) {
            return Optional.of(new ForkFailure(ForkFailure.Kind.UNREADABLE, exitCode, timeout, unreadable,
                    outputTail, logs));
        }
        if (timedOut) {
            return Optional.of(new ForkFailure(ForkFailure.Kind.TIMED_OUT, exitCode, timeout, null, outputTail, logs));
        }
        if (first(Event.Bye.class).isEmpty()) {
            return Optional.of(new ForkFailure(ForkFailure.Kind.EXITED, exitCode, timeout, null, outputTail, logs));
        }
        return Optional.empty();
    }

    /** Why the fork has no answer: its error, a figure that never settled, how it ended, or none given. */
    public Problem problem() {
        return error()
                .or(() -> first(Event.Unsettled.class).map(u -> new Problem.Unsettled(u.reason())))
                .or(() -> failure().map(Problem.ForkFailed::new))
                .orElseGet(() -> new Problem.NoFigure(logs));
    }

    /** Its error or how it ended, when either keeps its answer from being used (a JMH run's, a discovery's). */
    public Optional<Problem> failed() {
        return failure().<Problem>map(Problem.ForkFailed::new).or(this::error);
    }
}
