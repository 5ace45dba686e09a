package dev.allocbudget.bench.differential;

import com.google.common.base.CharMatcher;
import com.google.common.base.Joiner;
import com.google.common.base.Preconditions;
import com.google.common.base.Splitter;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import com.google.common.primitives.Ints;
import dev.allocbudget.AllocationBudget;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Guava 33.4.8: immutable collections, strings, primitives, hashing, a local cache. */
public class GuavaPaths {
    public String csv = "id, name ,price,, qty";
    public String intStr = "12345";
    public String key = "key-42";
    public int idx = 3;
    public final ImmutableMap<String, Integer> map;
    public final ImmutableSet<String> set;
    public final ImmutableList<String> list = ImmutableList.of("a", "b", "c", "d", "e", "f", "g", "h");
    public final Splitter splitter = Splitter.on(',').trimResults().omitEmptyStrings();
    public final Joiner joiner = Joiner.on('|').skipNulls();
    public final HashFunction murmur = Hashing.murmur3_128();
    public final Cache<String, String> cache = CacheBuilder.newBuilder().maximumSize(1000).build();

    public GuavaPaths() {
        ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
        ImmutableSet.Builder<String> s = ImmutableSet.builder();
        for (int i = 0; i < 100; i++) {
            b.put("key-" + i, i);
            s.add("key-" + i);
        }
        map = b.build();
        set = s.build();
        for (int i = 0; i < 100; i++) cache.put("key-" + i, "v" + i);
    }

    /** ImmutableMap.get: 0 B. */
    @AllocationBudget
    public Object immutableMapGet() {
        return map.get(key);
    }

    /** ImmutableList.of(3), returned. */
    @AllocationBudget
    public Object immutableListOf() {
        return ImmutableList.of(key, "x", "y");
    }

    /** ImmutableList.copyOf a java.util.List, returned. */
    @AllocationBudget
    public Object immutableListCopyOf() {
        return ImmutableList.copyOf(List.of(key, "x", "y", "z"));
    }

    /** ImmutableMap.builder with 3 entries, returned. */
    @AllocationBudget
    public Object immutableMapBuilder() {
        return ImmutableMap.<String, Integer>builder().put("a", 1).put("b", 2).put(key, 3).build();
    }

    /** Splitter.splitToList with trim and omitEmpty, returned. */
    @AllocationBudget
    public Object splitterSplitToList() {
        return splitter.splitToList(csv);
    }

    /** Joiner.join of an ImmutableList of 8, returned. */
    @AllocationBudget
    public Object joinerJoin() {
        return joiner.join(list);
    }

    /** Ints.tryParse, returned (a boxed Integer outside the cache). */
    @AllocationBudget
    public Object intsTryParse() {
        return Ints.tryParse(intStr);
    }

    /** CharMatcher.digit().retainFrom, returned. */
    @AllocationBudget
    public Object charMatcherRetain() {
        return CharMatcher.inRange('0', '9').retainFrom(csv + intStr);
    }

    /** murmur3_128 hashString of a short UTF-8 string, as a long. */
    @AllocationBudget
    public long murmurHashString() {
        return murmur.hashString(key, StandardCharsets.UTF_8).asLong();
    }

    /** Cache.getIfPresent on a hit. */
    @AllocationBudget
    public Object cacheGetIfPresent() {
        return cache.getIfPresent(key);
    }

    /** Preconditions.checkArgument with a template and an int: no message is built when it holds. */
    @AllocationBudget
    public int preconditionsCheck() {
        Preconditions.checkArgument(idx >= 0, "negative index %s", idx);
        return idx;
    }
}
