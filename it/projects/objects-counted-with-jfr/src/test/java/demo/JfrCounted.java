package demo;

import dev.allocbudget.AllocationBudget;
import java.util.HashMap;
import java.util.Map;

/** Known objects at known lines ("site:" comments), counted by JFR. */
public class JfrCounted {
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

    @AllocationBudget(bytes = 32, objects = 1)
    public String hashMapInsert() {
        map.clear();
        return map.put(a, b); // site:hashMapInsert
    }
}
