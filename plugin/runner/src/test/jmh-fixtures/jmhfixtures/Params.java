package jmhfixtures;

import dev.allocbudget.AllocationBudget;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** @Param values of each kind JMH converts, an enum taking all its constants, and a value that does not convert. */
@State(Scope.Benchmark)
public class Params {
    @Param
    public TimeUnit unit;

    @Param({"1", "x"})
    public int number;

    @Param({"c"})
    public char letter;

    @Param({"true"})
    public Boolean flag;

    @Param({"2.5"})
    public double ratio;

    @AllocationBudget
    public long value() {
        return unit.ordinal() + number + letter + (flag ? 1 : 0) + (long) ratio;
    }
}
