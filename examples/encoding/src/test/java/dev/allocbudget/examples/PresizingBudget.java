package dev.allocbudget.examples;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.examples.codec.Account;
import dev.allocbudget.examples.codec.Names;
import java.util.List;

/** Technique 6, pre-sizing: the 100 names of a page of accounts into a list, grown from the default or pre-sized. */
public class PresizingBudget {
    private final Account[] page = page(100);

    /** The list, its first array of 10, then 6 copies (15, 22, 33, 49, 73, 109): 1400 B, 8 objects. */
    @AllocationBudget
    public List<String> before() {
        return Names.growing(page);
    }

    /** The list (24 B) and its exact-size array (16 B header + 100 references of 4 B): 440 B, 2 objects. */
    @AllocationBudget(bytes = 440, objects = 2)
    public List<String> after() {
        return Names.presized(page);
    }

    static Account[] page(int n) {
        Account[] accounts = new Account[n];
        for (int i = 0; i < n; i++) {
            accounts[i] = new Account(1000 + i, "user" + i, i * 100L, i % 2 == 0);
        }
        return accounts;
    }
}
