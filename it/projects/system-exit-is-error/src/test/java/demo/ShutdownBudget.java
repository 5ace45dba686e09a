package demo;

import dev.allocbudget.AllocationBudget;
import java.lang.reflect.Field;

public class ShutdownBudget {
    public int value = 42;

    /** Says why on stderr, 25 lines of it, then ends the JVM before the fork can report. */
    @AllocationBudget(bytes = 0)
    public int exit() {
        for (int i = 1; i <= 25; i++) {
            System.err.println("shutdown reason line " + i);
        }
        System.exit(7);
        return value;
    }

    /** Crashes the JVM: a write to address 0 is a SIGSEGV the JVM cannot recover from. */
    @AllocationBudget(bytes = 0)
    public int crash() throws ReflectiveOperationException {
        Field field = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
        field.setAccessible(true);
        ((sun.misc.Unsafe) field.get(null)).putAddress(0, 0);
        return value;
    }

    @AllocationBudget(bytes = 0)
    public int survives() {
        return value * 31;
    }
}
