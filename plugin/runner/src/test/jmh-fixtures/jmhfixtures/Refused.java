package jmhfixtures;

import dev.allocbudget.AllocationBudget;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** Shapes the check refuses, each with its reason. */
public class Refused {
    @AllocationBudget
    public int takesString(Blackhole bh, String s) {
        return s.length();
    }

    @AllocationBudget
    public int takesHidden(Hidden h) {
        return 1;
    }

    @AllocationBudget
    public int takesPerCall(PerCall p) {
        return 1;
    }

    @AllocationBudget
    public int takesFive(Blackhole a, Blackhole b, Blackhole c, Blackhole d, Blackhole e) {
        return 1;
    }

    @State(Scope.Thread)
    static class Hidden {}

    @State(Scope.Thread)
    public static class PerCall {
        @Setup(Level.Invocation)
        public void reset() {}
    }
}
