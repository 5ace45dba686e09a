package dev.allocbudget.core.model;

/** Why a method (or JMH's run of it) has no figure. */
public sealed interface Problem {

    /** The method breaks a shape rule (found by discovery); {@code rule} says which and what to change. */
    record Refused(String rule) implements Problem {}

    /** The fork reported an error: the method or its set-up threw, its class or JMH could not be run. */
    record Failed(String message) implements Problem {}

    /** The figure did not settle within the time limit; {@code reason} names the last windows. */
    record Unsettled(String reason) implements Problem {}

    /** The fork ended without reporting. */
    record ForkFailed(ForkFailure failure) implements Problem {}

    /** The fork ended normally but reported no figure (for JMH: no row); {@code logs} are its log files. */
    record NoFigure(String logs) implements Problem {}
}
