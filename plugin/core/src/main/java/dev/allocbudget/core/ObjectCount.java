package dev.allocbudget.core;

import java.util.List;

/**
 * Objects per call and where they are allocated, or why they were not counted.
 *
 * @param perOp       objects one call allocates, or {@code null} when not counted (never 0 in place of unknown)
 * @param unavailable why {@code perOp} is {@code null}
 * @param sites       biggest first (by bytes, then objects)
 * @param countedWith {@code "jvmti-agent"} or {@code "jfr-fallback"}: which route counted them
 */
public record ObjectCount(Double perOp, String unavailable, List<AllocationSite> sites, String countedWith) {
    public ObjectCount {
        sites = List.copyOf(sites);
    }

    public static ObjectCount unavailable(String reason) {
        return new ObjectCount(null, reason, List.of(), null);
    }
}
