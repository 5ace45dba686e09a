package dev.allocbudget.core.model;

import java.util.List;

/**
 * Objects per call and where they are allocated, or why they were not counted.
 *
 * @param perOp       objects one call allocates, or {@code null} when not counted (never 0 in place of unknown)
 * @param uncounted   why {@code perOp} is {@code null}
 * @param sites       biggest first (by bytes, then objects), merged to one per line a user reads
 *                    ({@link AllocationSite#merged})
 * @param countedWith {@code "jvmti-agent"} or {@code "jfr-fallback"}: which route counted them
 * @param stacks      the same allocations unmerged, one per distinct stack as the fork saw it: what the flame graph
 *                    draws; empty when not kept (a result stored by an earlier version)
 */
public record ObjectCount(Double perOp, Uncounted uncounted, List<AllocationSite> sites, String countedWith,
        List<AllocationSite> stacks) {
    /** {@link #countedWith} of counts by the native agent. */
    public static final String AGENT = "jvmti-agent";
    /** {@link #countedWith} of counts from JFR's allocation events, when the native agent cannot be loaded. */
    public static final String JFR = "jfr-fallback";

    public ObjectCount {
        sites = List.copyOf(sites);
        stacks = List.copyOf(stacks);
    }

    /** Sites without their stacks. */
    public ObjectCount(Double perOp, Uncounted uncounted, List<AllocationSite> sites, String countedWith) {
        this(perOp, uncounted, sites, countedWith, List.of());
    }

    /** A count with every stack the fork saw, and the sites users read merged from them. */
    public static ObjectCount counted(double perOp, List<AllocationSite> stacks, String countedWith) {
        return new ObjectCount(perOp, null, AllocationSite.merged(stacks), countedWith, stacks);
    }

    /**
     * Whether {@link #stacks} hold every allocation of the counted calls. Both routes count every one (the agent
     * samples at interval 0, JFR records every allocation outside a TLAB with TLABs off) and a count stands only
     * when its objects add up to the window's bytes; when they do not, the stacks seen are kept as a part.
     */
    public StackCoverage stackCoverage() {
        return uncounted instanceof Uncounted.Partial ? StackCoverage.PARTIAL : StackCoverage.EXACT;
    }

    /** How much of a method's allocation its stacks cover; the label of its flame graph and collapsed file. */
    public enum StackCoverage {
        /** Every allocation of the counted calls, each with its stack. */
        EXACT,
        /** Those seen, when the objects did not add up to the bytes: widths are a lower bound. */
        PARTIAL;

        /** {@code exact} or {@code partial}, as reports and file names say it. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * No count, but the sites of the allocations that were seen ({@link #isPartial}): a part of the whole, or all of
     * other calls than the figure's.
     */
    public static ObjectCount partial(Uncounted why, List<AllocationSite> stacks, String countedWith) {
        return new ObjectCount(null, why, AllocationSite.merged(stacks), countedWith, stacks);
    }

    /**
     * Objects were not counted, but sites were seen: a part of the whole ({@link Uncounted.Partial}), or every site
     * of other calls ({@link Uncounted.OtherCalls}).
     */
    public boolean isPartial() {
        return perOp == null && !sites.isEmpty();
    }

    /** How the sites of a count that is {@link #isPartial} are headed: {@code partial} or {@code of other calls}. */
    public String partialLabel() {
        return uncounted instanceof Uncounted.OtherCalls ? "of other calls" : "partial";
    }

    public static ObjectCount unavailable(Uncounted why) {
        return new ObjectCount(null, why, List.of(), null);
    }

    /** Why objects were not counted. */
    public sealed interface Uncounted {
        /** The counting fork said why, in its own words (the agent is not loaded, the window disagreed, ...). */
        record Said(String reason) implements Uncounted {}

        /**
         * The objects seen add up to {@code seenBytesPerOp} of the {@code bytesPerOp} the counted calls allocated:
         * another thread's allocations went unseen before its first sample point. The sites are those seen.
         */
        record Partial(double seenBytesPerOp, double bytesPerOp) implements Uncounted {}

        /**
         * Several threads called the method at once, and the counted calls allocated {@code countedBytesPerOp}
         * against the figure's {@code bytesPerOp}: the counter's cost per object changes how the threads race. Every
         * object of the counted calls was seen; the sites are theirs.
         */
        record OtherCalls(double countedBytesPerOp, double bytesPerOp) implements Uncounted {}

        /** The counting fork gave no figure. */
        record NoCount(Problem problem) implements Uncounted {}

        /**
         * Counted with JFR, in forks of their own, none of which could be trusted: each gave no figure
         * ({@code lastProblem}) or settled on another bytes/op ({@code lastFigure}) than the measuring fork.
         */
        record JfrUntrusted(int forks, Problem lastProblem, Double lastFigure, double verdict) implements Uncounted {}
    }
}
