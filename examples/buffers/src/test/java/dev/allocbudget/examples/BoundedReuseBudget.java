package dev.allocbudget.examples;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.examples.buffers.TagCounter;

/**
 * Counting a small request's tags (8 tags, 5 distinct) in a reused HashMap, after one burst of 20,000 distinct tags
 * grew that map. Both allocate the same: 5 HashMap$Node (32 B each), which no reuse policy saves since the map keeps
 * them. The difference is time: {@code clear()} on the grown map nulls 32,768 slots per call.
 */
public class BoundedReuseBudget {
    final TagCounter alwaysClear = TagCounter.alwaysClear();
    final TagCounter bounded = TagCounter.bounded(64);
    private String[] tags = BufferSamples.SMALL_TAGS;

    public BoundedReuseBudget() {
        String[] burst = BufferSamples.burstTags();
        alwaysClear.count(burst);
        bounded.count(burst);
        bounded.count(tags);   // the bounded counter replaces its map here, once, outside the measurement
    }

    /** clear() on a table of 32,768 slots, then 5 entries. */
    @AllocationBudget
    public int before() {
        return alwaysClear.count(tags);
    }

    /** clear() on a table of 16 slots (the map was replaced after the burst), then the same 5 entries. */
    @AllocationBudget(bytes = 160, objects = 5)
    public int after() {
        return bounded.count(tags);
    }
}
