package dev.allocbudget.bench.differential;

import dev.allocbudget.AllocationBudget;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * JDK collections: lookups with and without boxing, iteration, copies, streams. The fields are the state (read from
 * the heap, so C2 cannot fold the inputs); every method leaves the collections as it found them, so memory stays
 * bounded however many times it runs.
 */
public class JdkCollections {
    public int small = 42;
    public int large = 4242; // outside the Integer cache
    public String key = "key-42";
    public final Map<String, Integer> stringMap = new HashMap<>();
    public final Map<Integer, String> intMap = new HashMap<>();
    public final TreeMap<Integer, String> treeMap = new TreeMap<>();
    public final ArrayList<Integer> list = new ArrayList<>();
    public final ArrayList<Integer> scratch = new ArrayList<>(64);
    public final ArrayDeque<Integer> deque = new ArrayDeque<>(64);
    public final PriorityQueue<Integer> heap = new PriorityQueue<>(64);
    public final LinkedList<Integer> linked = new LinkedList<>();
    public final int[] ints = new int[64];
    public final int[] sortScratch = new int[64];
    public final Integer boxed = 4242;

    public JdkCollections() {
        for (int i = 0; i < 100; i++) {
            stringMap.put("key-" + i, i);
        }
        for (int i = 4200; i < 4300; i++) {
            intMap.put(i, "v" + i);
            treeMap.put(i, "v" + i);
        }
        for (int i = 0; i < 32; i++) list.add(1000 + i);
        for (int i = 0; i < ints.length; i++) ints[i] = (i * 7919) % 64;
    }

    /** HashMap.get with an existing String key (its hash is cached): 0 B. */
    @AllocationBudget
    public Object hashMapGetString() {
        return stringMap.get(key);
    }

    /** HashMap.get with an int key outside the Integer cache: a box per lookup unless escape analysis removes it. */
    @AllocationBudget
    public Object hashMapGetBoxed() {
        return intMap.get(large);
    }

    /** put of a new boxed key, then remove: the Integer and the HashMap.Node. */
    @AllocationBudget
    public Object hashMapPutRemove() {
        intMap.put(large + 1000, "x");
        return intMap.remove(large + 1000);
    }

    /** merge with Integer::sum on an existing key: the new Integer sum (outside the cache). */
    @AllocationBudget
    public Object hashMapMerge() {
        stringMap.merge(key, 1000, Integer::sum);
        return stringMap.put(key, small); // back to the value it had
    }

    /** computeIfAbsent on a present key: the lambda captures nothing, 0 B. */
    @AllocationBudget
    public Object hashMapComputeIfAbsentHit() {
        return stringMap.computeIfAbsent(key, k -> k.length());
    }

    /** Iterating the entrySet of 100 entries: the iterator is usually eliminated. */
    @AllocationBudget
    public long hashMapIterateEntries() {
        long r = 0;
        for (Map.Entry<String, Integer> e : stringMap.entrySet()) r += e.getValue();
        return r;
    }

    /** TreeMap.get with a boxed key outside the cache. */
    @AllocationBudget
    public Object treeMapGet() {
        return treeMap.get(large);
    }

    /** TreeMap put + remove of a new key: the box and a TreeMap.Entry. */
    @AllocationBudget
    public Object treeMapPutRemove() {
        treeMap.put(large + 1000, "x");
        return treeMap.remove(large + 1000);
    }

    /** A copy of a 32-element ArrayList, returned. */
    @AllocationBudget
    public Object arrayListCopy() {
        return new ArrayList<>(list);
    }

    /** clear + 32 adds into a list with capacity: 0 B. */
    @AllocationBudget
    public Object arrayListReuse() {
        ArrayList<Integer> l = scratch;
        l.clear();
        for (int i = 0; i < list.size(); i++) l.add(list.get(i));
        return l;
    }

    /** Arrays.copyOf of 64 ints, sorted, returned. */
    @AllocationBudget
    public Object arraysCopySort() {
        int[] c = Arrays.copyOf(ints, ints.length);
        Arrays.sort(c);
        return c;
    }

    /** The same sort in a reused array: 0 B. */
    @AllocationBudget
    public long arraysSortInPlace() {
        System.arraycopy(ints, 0, sortScratch, 0, ints.length);
        Arrays.sort(sortScratch);
        return sortScratch[7];
    }

    /** ArrayDeque offer + poll of a preallocated box: 0 B. */
    @AllocationBudget
    public Object arrayDequeOfferPoll() {
        deque.offer(boxed);
        return deque.poll();
    }

    /** LinkedList addLast + removeFirst: one Node per call. */
    @AllocationBudget
    public Object linkedListAddRemove() {
        linked.addLast(boxed);
        return linked.removeFirst();
    }

    /** IntStream.range(0, 64).filter(..).sum(): a lambda pipeline, usually eliminated partly. */
    @AllocationBudget
    public long intStreamFilterSum() {
        int s = small;
        return IntStream.range(0, 64).filter(i -> (i & 1) == 0).map(i -> i * s).sum();
    }

    /** list.stream().map(..).collect(toList()), returned: stream objects, boxes and the list. */
    @AllocationBudget
    public Object streamMapCollect() {
        return list.stream().map(x -> x + 1).collect(Collectors.toList());
    }

    /** list.stream().collect(groupingBy(x % 4)), returned: a map of 4 lists. */
    @AllocationBudget
    public Object streamGroupingBy() {
        return list.stream().collect(Collectors.groupingBy(x -> x & 3));
    }
}
