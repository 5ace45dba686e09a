package demo;

import dev.allocbudget.AllocationBudget;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntSupplier;

/** Known objects of known types at known lines ("site:" comments); the verify script reads the line numbers. */
public class KnownAllocations {
    public int large = 100_000;
    public String a = "foo";
    public String b = "bar";
    public final Map<String, String> map = new HashMap<>();

    @AllocationBudget(bytes = 48, objects = 1)
    public int[] intArray() {
        return new int[8]; // site:intArray
    }

    @AllocationBudget(bytes = 16, objects = 1)
    public Integer boxed() {
        return large; // site:boxed
    }

    @AllocationBudget(bytes = 48, objects = 2)
    public String builderToString() {
        return new StringBuilder(16).append(a).append(b).toString(); // site:builderToString
    }

    @AllocationBudget(bytes = 32, objects = 1)
    public String hashMapInsert() {
        map.clear();
        return map.put(a, b); // site:hashMapInsert
    }

    @AllocationBudget(bytes = 16, objects = 1)
    public IntSupplier capturedLambda() {
        int captured = large;
        return () -> captured; // site:capturedLambda
    }

    /** The array is created and used only here: escape analysis removes it, so nothing is allocated. */
    @AllocationBudget(bytes = 0, objects = 0)
    public int localOnly() {
        int[] pair = {large, large + 1};
        return pair[0] + pair[1];
    }
}
