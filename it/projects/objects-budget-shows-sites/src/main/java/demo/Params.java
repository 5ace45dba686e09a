package demo;

import java.util.HashMap;
import java.util.Map;

/** Route parameters kept the slow way: a String per value, boxed numbers, a map node per entry. */
public final class Params {
    private final Map<String, Object> values = new HashMap<>();

    public Object bind(String name, CharSequence raw, int number) {
        values.clear();
        values.put(name, raw.toString());
        return values.put("n", Integer.valueOf(number));
    }
}
