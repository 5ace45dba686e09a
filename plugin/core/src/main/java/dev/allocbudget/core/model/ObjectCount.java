package dev.allocbudget.core.model;

import java.util.List;

/**
 * Objects per call and where they are allocated, or why they were not counted.
 *
 * @param perOp       objects one call allocates, or {@code null} when not counted (never 0 in place of unknown)
 * @param uncounted   why {@code perOp} is {@code null}
 * @param sites       biggest first (by bytes, then objects)
 * @param countedWith {@code "jvmti-agent"} or {@code "jfr-fallback"}: which route counted them
 */
public record ObjectCount(Double perOp, Uncounted uncounted, List<AllocationSite> sites, String countedWith) {
    /** {@link #countedWith} of exact counts: every allocation, with its stack, by the native agent. */
    public static final String AGENT = "jvmti-agent";
    /** {@link #countedWith} of counts from JFR's samples, when the native agent cannot be loaded. */
    public static final String JFR = "jfr-fallback";

    public ObjectCount {
        sites = List.copyOf(sites);
    }

    public static ObjectCount unavailable(Uncounted why) {
        return new ObjectCount(null, why, List.of(), null);
    }

    /** Why objects were not counted. */
    public sealed interface Uncounted {
        /** The counting fork said why, in its own words (the agent is not loaded, the window disagreed, ...). */
        record Said(String reason) implements Uncounted {}

        /** The counting fork gave no figure. */
        record NoCount(Problem problem) implements Uncounted {}

        /**
         * Counted with JFR, in forks of their own, none of which could be trusted: each gave no figure
         * ({@code lastProblem}) or settled on another bytes/op ({@code lastFigure}) than the measuring fork.
         */
        record JfrUntrusted(int forks, Problem lastProblem, Double lastFigure, double verdict) implements Uncounted {}
    }
}
