package jmhfixtures;

import dev.allocbudget.AllocationBudget;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** Measured, then its @TearDown throws. */
@State(Scope.Benchmark)
public class ThrowingTearDown {
    @TearDown
    public void done() {
        throw new IllegalStateException("cannot close");
    }

    @AllocationBudget(bytes = 0)
    public int value() {
        return 42;
    }
}
