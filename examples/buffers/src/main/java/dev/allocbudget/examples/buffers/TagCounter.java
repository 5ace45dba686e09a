package dev.allocbudget.examples.buffers;

import java.util.HashMap;

/**
 * Counts the tags of one request in a {@link HashMap} that is reused from request to request.
 *
 * <p>A HashMap never shrinks: after one request with 20,000 distinct tags its table has 32,768 slots, and
 * {@code clear()} keeps that table and nulls every slot of it, on every later request, however small. With a bound,
 * {@link #reset()} replaces a map that held more than {@code maxRetainedSize} entries with a new, small one (the
 * big table becomes garbage once) and clears the others as before.
 */
public final class TagCounter {
    private final int maxRetainedSize;
    private HashMap<String, Integer> counts = new HashMap<>();

    /** A counter that replaces its map after a request of more than {@code maxRetainedSize} distinct tags. */
    public static TagCounter bounded(int maxRetainedSize) {
        return new TagCounter(maxRetainedSize);
    }

    /** A counter that always clears its map, whatever it grew to. */
    public static TagCounter alwaysClear() {
        return new TagCounter(Integer.MAX_VALUE);
    }

    private TagCounter(int maxRetainedSize) {
        this.maxRetainedSize = maxRetainedSize;
    }

    /** Counts {@code tags}; returns the number of distinct tags times 1000 plus the highest count. */
    public int count(String[] tags) {
        reset();
        int max = 0;
        for (String tag : tags) {
            Integer previous = counts.get(tag);
            int n = previous == null ? 1 : previous + 1;   // small counts: Integer.valueOf returns cached boxes
            counts.put(tag, n);
            max = Math.max(max, n);
        }
        return counts.size() * 1000 + max;
    }

    /** How often the last request had {@code tag}. */
    public int countOf(String tag) {
        return counts.getOrDefault(tag, 0);
    }

    private void reset() {
        if (counts.size() > maxRetainedSize) {
            counts = new HashMap<>();
        } else {
            counts.clear();
        }
    }

    /** The map itself, for tests that look at what it retains. */
    public HashMap<String, Integer> map() {
        return counts;
    }
}
