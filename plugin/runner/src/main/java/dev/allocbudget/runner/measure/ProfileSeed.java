package dev.allocbudget.runner.measure;

/**
 * Gives the fork the profiles of the JDK's boxing methods that any JVM which has run some code has, before anything
 * of the budget method is compiled: there they decide what escape analysis can remove. Profiles of JDK methods are
 * per method, shared by every caller, and C2 prunes a branch its profile never saw. In a JMH fork (and in a
 * service), the harness has boxed values inside and outside the caches long before the benchmark is compiled, so
 * {@code Integer.valueOf}'s profile has seen its cache path; a fork that starts lean (ours, since it runs little
 * before the first window) has seen only the budget method's values, C2 prunes the other path, and a box that JMH
 * keeps (a Phi of the cached box and a new one, which escape analysis cannot scalar-replace) is removed:
 * {@code HashMap.get(4242)} read 0 B/op where JMH and a plain loop read 16, Guava's {@code Ints.tryParse("12345")}
 * 16 where they read 40 (JDK 17). So every cached {@code valueOf} sees hits and misses first: one rule for every
 * boxing cache of the JDK, not a seed per method.
 */
public final class ProfileSeed {
    private ProfileSeed() {}

    /** Call once, before the measured method runs. Often enough that each method is profiled (C1 tier 3). */
    public static long run() {
        long s = 0;
        for (int i = 0; i < 4_000; i++) {
            s += Long.valueOf(i & 63).hashCode();      // inside the cache
            s += Long.valueOf(1000L + i).hashCode();   // above it
            s += Long.valueOf(-1000L - i).hashCode();  // below it
            s += Integer.valueOf(i & 63).hashCode();
            s += Integer.valueOf(1000 + i).hashCode();
            s += Integer.valueOf(-1000 - i).hashCode();
            s += Short.valueOf((short) (i & 63)).hashCode();
            s += Short.valueOf((short) (1000 + i)).hashCode();
            s += Character.valueOf((char) (i & 63)).hashCode();
            s += Character.valueOf((char) (1000 + i)).hashCode();
            s += Byte.valueOf((byte) i).hashCode();    // every byte is cached: one path, seen anyway
        }
        return s;
    }
}
