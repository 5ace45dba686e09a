package dev.allocbudget.runner.measure;

/**
 * Gives the fork the JDK profiles a JMH fork has before its benchmark is compiled, where they decide what escape
 * analysis can remove. Profiles of JDK methods are per method, shared by every caller, and C2 prunes a branch its
 * profile never saw. A JMH fork's harness boxes small longs (ObjectStreamClass boxes the serialVersionUID, 0L for
 * enums, each time the fork reads a frame from the host), so Long.valueOf's profile has seen its cache path; in this
 * fork nothing did, C2 pruned that path, and a Long from Long.valueOf was a plain allocation that EA removed. With
 * the path kept, the Long is Phi(cached Long, new Long), which JDK 17's EA cannot scalar-replace: Guava's
 * Ints.tryParse("12345") reads 40 B/op (Long 24 + Integer 16) with JMH, and read 16 here. JDK 25 reads 16 either way.
 *
 * <p>Integer.valueOf needs no seed: JDK start-up already boxes both small and large ints in every JVM.
 */
public final class ProfileSeed {
    private ProfileSeed() {}

    /** Call once, before the measured method runs. Often enough that Long.valueOf is profiled (C1 tier 3). */
    public static long run() {
        long s = 0;
        for (int i = 0; i < 4_000; i++) {
            s += Long.valueOf(i & 63).hashCode();      // inside the Long cache
            s += Long.valueOf(1000L + i).hashCode();   // above it
            s += Long.valueOf(-1000L - i).hashCode();  // below it
        }
        return s;
    }
}
