package demo;

import dev.allocbudget.AllocationBudget;
import java.util.Random;

public class NoiseBudget {
    public Random random = new Random(42);
    public int value = 7;

    /** A new array of a random length every call: no two windows allocate the same number of bytes. */
    @AllocationBudget
    public byte[] noise() {
        return new byte[random.nextInt(1001)];
    }

    @AllocationBudget(bytes = 0)
    public int quiet() {
        return value * 31;
    }
}
