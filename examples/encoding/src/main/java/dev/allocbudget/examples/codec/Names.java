package dev.allocbudget.examples.codec;

import java.util.ArrayList;
import java.util.List;

/** The names of a page of accounts, as a response would list them: the size is known before the first add. */
public final class Names {
    private Names() {}

    /** A default {@code ArrayList}: room for 10, then copied to 15, 22, 33, 49, 73, 109... as it fills. */
    public static List<String> growing(Account[] accounts) {
        List<String> names = new ArrayList<>();
        for (Account a : accounts) {
            names.add(a.name());
        }
        return names;
    }

    /** The same list, created with room for all of them: one array of the exact size, no copies. */
    public static List<String> presized(Account[] accounts) {
        List<String> names = new ArrayList<>(accounts.length);
        for (Account a : accounts) {
            names.add(a.name());
        }
        return names;
    }
}
