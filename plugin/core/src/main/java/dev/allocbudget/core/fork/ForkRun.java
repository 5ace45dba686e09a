package dev.allocbudget.core.fork;

import dev.allocbudget.core.FigureDetail;
import dev.allocbudget.core.PropertyNames;
import dev.allocbudget.runner.protocol.Event;
import dev.allocbudget.runner.protocol.EventFileException;
import dev.allocbudget.runner.protocol.EventReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How one forked JVM ended, and the events it wrote.
 *
 * @param exitCode   the process exit code ({@code -1} when it was killed)
 * @param timedOut   true when the host killed it after the fork timeout
 * @param events     the events it wrote, in order
 * @param unreadable why its events file could not be read (another protocol version, say), or null
 * @param outputTail the last lines the fork wrote to stdout and stderr, labelled, or empty
 * @param logs       the fork's log files, as a glob for the user to look at
 */
public record ForkRun(int exitCode, boolean timedOut, List<Event> events, String unreadable, String outputTail,
        Duration elapsed, String logs) {

    /** The fork's run with the events read from its file. */
    static ForkRun read(int exitCode, boolean timedOut, Path eventsFile, String outputTail, Duration elapsed,
            String logs) throws IOException {
        try {
            return new ForkRun(exitCode, timedOut, EventReader.read(eventsFile), null, outputTail, elapsed, logs);
        } catch (EventFileException e) {
            return new ForkRun(exitCode, timedOut, List.of(), e.getMessage(), outputTail, elapsed, logs);
        }
    }

    public boolean saidBye() {
        return first(Event.Bye.class).isPresent();
    }

    /** The first event of that type. */
    public <T extends Event> Optional<T> first(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** Every event of that type, in the order written. */
    public <T extends Event> List<T> all(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The first error's message: the method, its class or JMH could not be run. */
    public Optional<String> error() {
        return first(Event.Error.class).map(Event.Error::message);
    }

    /**
     * The figure the fork settled on: bytes of its last window divided by that window's calls; none when the fork
     * also reported an error (a {@code @TearDown} that threw after the figure, say), which then explains the method.
     */
    public Optional<Double> bytesPerOp() {
        if (error().isPresent()) {
            return Optional.empty();
        }
        return first(Event.Result.class).map(Event.Result::bytesPerOp);
    }

    /** How the figure is made up: the calling thread's share, and whether it is a mean (with its period). */
    public Optional<FigureDetail> detail() {
        return first(Event.Result.class)
                .map(r -> new FigureDetail(r.callerBytesPerOp(), r.amortized(), r.period(), r.periodBytes(),
                        first(Event.Warning.class).map(Event.Warning::text).orElse(null)));
    }

    /** Why there is no figure: the method's error, a figure that never settled, or how the fork ended. */
    public String whyNoFigure(Duration timeout) {
        return error().or(() -> first(Event.Unsettled.class).map(Event.Unsettled::reason))
                .or(() -> failure(timeout))
                .orElse("the forked JVM reported no figure");
    }

    /**
     * Why the fork gave no usable answer, or empty when it ended normally: events in a format this plugin cannot
     * read (a runner of another version), killed after the timeout, or exited (System.exit in user code, a JVM
     * crash) before it reported.
     */
    public Optional<String> failure(Duration timeout) {
        if (unreadable != null) {
            return Optional.of(unreadable + details());
        }
        if (timedOut) {
            return Optional.of("the forked JVM did not finish within " + timeout.toSeconds()
                    + " s and was killed (raise -D" + PropertyNames.FORK_TIMEOUT_SECONDS + " if the method is just slow)"
                    + details());
        }
        if (!saidBye()) {
            return Optional.of("the forked JVM exited with code " + exitCode + " before reporting" + details());
        }
        return Optional.empty();
    }

    private String details() {
        return (outputTail.isEmpty() ? "" : outputTail) + "\nfork logs: " + logs;
    }
}
