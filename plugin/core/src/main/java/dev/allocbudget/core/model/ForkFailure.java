package dev.allocbudget.core.model;

import java.time.Duration;

/**
 * How a fork ended without reporting.
 *
 * @param kind       what happened
 * @param exitCode   its exit code, for {@link Kind#EXITED}
 * @param timeout    the fork timeout, for {@link Kind#TIMED_OUT}
 * @param unreadable why its events could not be read, for {@link Kind#UNREADABLE}
 * @param outputTail the last lines it wrote to stdout and stderr, labelled, or empty
 * @param logs       its log files, as a glob for the user to look at
 */
public record ForkFailure(Kind kind, int exitCode, Duration timeout, String unreadable, String outputTail,
        String logs) {

    public enum Kind {
        /** Killed after the fork timeout. */
        TIMED_OUT,
        /** Exited before it reported (System.exit in user code, a JVM crash). */
        EXITED,
        /** Wrote events this plugin cannot read (a runner of another version). */
        UNREADABLE
    }
}
