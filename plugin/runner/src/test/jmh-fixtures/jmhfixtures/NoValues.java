package jmhfixtures;

import dev.allocbudget.AllocationBudget;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** A @Param int without values: JMH fills them in only for enums. */
@State(Scope.Benchmark)
public class NoValues {
    @Param
    public int size;

    @AllocationBudget
    public int value() {
        return size;
    }
}
