package demo;

import dev.allocbudget.AllocationBudget;
import java.util.Random;

public class NoiseBudget {
    public Random random = new Random(42);
    public int value = 7;
    private final StringBuilder log = new StringBuilder();

    /**
     * A new array of a random length every call: no two windows allocate the same number of bytes, and there is no
     * period, but the mean per call holds (16 B of header plus 500 B on average): a figure marked as a mean.
     */
    @AllocationBudget
    public byte[] noise() {
        return new byte[random.nextInt(1001)];
    }

    /** Each call copies a log that grows by one character: no figure can settle. */
    @AllocationBudget
    public String growing() {
        log.append('x');
        return log.toString();
    }

    @AllocationBudget(bytes = 0)
    public int quiet() {
        return value * 31;
    }
}
