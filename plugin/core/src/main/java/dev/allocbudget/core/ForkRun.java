package dev.allocbudget.core;

import dev.allocbudget.runner.Events;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How one forked JVM ended, and the events it wrote.
 *
 * @param exitCode   the process exit code ({@code -1} when it was killed)
 * @param timedOut   true when the host killed it after the fork timeout
 * @param events     decoded event lines, without the header
 * @param outputTail the last lines the fork wrote to stdout and stderr, labelled, or empty
 * @param logs       the fork's log files, as a glob for the user to look at
 */
record ForkRun(int exitCode, boolean timedOut, List<List<String>> events, String outputTail, Duration elapsed,
        String logs) {

    boolean saidBye() {
        return events.stream().anyMatch(e -> e.get(0).equals(Events.BYE));
    }

    /** The fields of the first event of that type. */
    Optional<List<String>> first(String type) {
        return events.stream().filter(e -> e.get(0).equals(type)).findFirst();
    }

    /**
     * The figure the fork settled on: bytes of its last window divided by that window's calls; none when the fork
     * also reported an error (a {@code @TearDown} that threw after the figure, say), which then explains the method.
     */
    Optional<Double> bytesPerOp() {
        if (first(Events.ERROR).isPresent()) {
            return Optional.empty();
        }
        return first(Events.RESULT).map(r -> (double) Long.parseLong(r.get(1)) / Long.parseLong(r.get(2)));
    }

    /** Why there is no figure: the method's error, a figure that never settled, or how the fork ended. */
    String whyNoFigure(Duration timeout) {
        return first(Events.ERROR).or(() -> first(Events.UNSETTLED)).map(e -> e.get(1))
                .or(() -> failure(timeout))
                .orElse("the forked JVM reported no figure");
    }

    List<List<String>> all(String type) {
        return events.stream().filter(e -> e.get(0).equals(type)).toList();
    }

    /**
     * Why the fork gave no usable answer, or empty when it ended normally: killed after the timeout, or exited
     * (System.exit in user code, a JVM crash) before it reported.
     */
    Optional<String> failure(Duration timeout) {
        if (timedOut) {
            return Optional.of("the forked JVM did not finish within " + timeout.toSeconds()
                    + " s and was killed (raise -Dallocbudget.forkTimeoutSeconds if the method is just slow)"
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
