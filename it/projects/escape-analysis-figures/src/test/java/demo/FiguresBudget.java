package demo;

import dev.allocbudget.AllocationBudget;
import java.util.ArrayList;
import java.util.List;

/** Figures the check must measure exactly on JDK 17 (HotSpot, C2, compressed class pointers). */
public class FiguresBudget {
    public byte first = 3;
    public byte last = 4;
    public int large = 100_000;
    public int small = 100;
    public int a = 1;
    public int b = 2;
    public int c = 3;
    public long big = 1_234_567_890_123L;
    public double ratio = 1.5;
    public String left = "abc";
    public String right = "def";
    public List<Integer> values = new ArrayList<>();

    public FiguresBudget() {
        for (int i = 0; i < 16; i++) {
            values.add(i);
        }
    }

    @AllocationBudget(bytes = 0)
    public void empty() {}

    @AllocationBudget(bytes = 0)
    public int localArray() {
        return Shapes.localArray(first, last);
    }

    @AllocationBudget(bytes = 16)
    public Integer boxedLarge() {
        return Integer.valueOf(large);
    }

    @AllocationBudget(bytes = 0)
    public Integer boxedSmall() {
        return Integer.valueOf(small);
    }

    @AllocationBudget(bytes = 0)
    public int varargs() {
        return Shapes.varargs(a, b, c);
    }

    @AllocationBudget(bytes = 0)
    public int forEach() {
        return Shapes.total(values);
    }

    @AllocationBudget(bytes = 48)
    public String concat() {
        return Shapes.concat(left, right);
    }

    @AllocationBudget(bytes = 56)
    public String longToString() {
        return String.valueOf(big);
    }

    // primitive results are consumed without boxing: none of these may be charged 16 B for an Integer/Long/Double

    @AllocationBudget(bytes = 0)
    public int primitiveInt() {
        return large * 31 + a;
    }

    @AllocationBudget(bytes = 0)
    public long primitiveLong() {
        return big * 31 + a;
    }

    @AllocationBudget(bytes = 0)
    public double primitiveDouble() {
        return ratio * large;
    }
}
