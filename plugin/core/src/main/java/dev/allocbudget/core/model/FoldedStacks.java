package dev.allocbudget.core.model;

import dev.allocbudget.runner.protocol.Event;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A method's allocation stacks as a flame graph sees them: each distinct path, root first, ending with the
 * allocated type, with its bytes and objects per call. Paths of other threads than the measuring one start with
 * {@code [thread NAME]}; a stack cut by the agent's depth limit starts (after that) with
 * {@link Event.Site#TRUNCATED}, so cut stacks gather under one frame instead of posing as roots.
 *
 * <p>The input of the flame graph, its collapsed file and the differential view ({@link #diff}): a baseline or
 * reference that keeps its stacks gives its {@code FoldedStacks} as {@code before}.
 *
 * @param paths biggest first (by bytes, then objects, then path)
 */
public record FoldedStacks(Map<List<String>, Weight> paths) {

    public FoldedStacks {
        paths = Collections.unmodifiableMap(new LinkedHashMap<>(paths));
    }

    /** Bytes and objects per call. */
    public record Weight(double bytesPerOp, double objectsPerOp) {
        public static final Weight NONE = new Weight(0, 0);

        Weight plus(Weight other) {
            return new Weight(bytesPerOp + other.bytesPerOp, objectsPerOp + other.objectsPerOp);
        }
    }

    /** One path's weight before and after; {@link Weight#NONE} on the side it is missing from. */
    public record Change(Weight before, Weight after) {
        public double bytesDelta() {
            return after.bytesPerOp() - before.bytesPerOp();
        }
    }

    /** The stacks of one count; stacks that fold to one path (they differed only in a line number) add up. */
    public static FoldedStacks of(List<AllocationSite> stacks) {
        Map<List<String>, Weight> paths = new LinkedHashMap<>();
        for (AllocationSite stack : stacks) {
            paths.merge(path(stack), new Weight(stack.bytesPerOp(), stack.objectsPerOp()), Weight::plus);
        }
        return new FoldedStacks(biggestFirst(paths));
    }

    /** Root first: the thread (if not the measuring one), the cut (if any), the frames outermost first, the type. */
    static List<String> path(AllocationSite stack) {
        List<String> path = new ArrayList<>();
        if (stack.onOtherThread()) {
            path.add("[thread " + stack.thread() + "]");
        }
        List<String> frames = stack.frames();
        if (stack.truncated()) {
            path.add(Event.Site.TRUNCATED);
            frames = frames.subList(0, frames.size() - 1);
        }
        for (int i = frames.size() - 1; i >= 0; i--) {
            path.add(frames.get(i));
        }
        path.add(stack.type());
        return List.copyOf(path);
    }

    public boolean isEmpty() {
        return paths.isEmpty();
    }

    /** Paths cut by the agent's depth limit. */
    public long truncated() {
        return paths.keySet().stream().filter(p -> p.contains(Event.Site.TRUNCATED)).count();
    }

    /**
     * Every path of either side with its weight in both, as difffolded.pl pairs two profiles: the differential
     * flame graph draws {@code after}'s widths and colours each frame by how it changed. Paths are matched whole,
     * so a line moved by an edit above it is one path gone and one new.
     */
    public static Map<List<String>, Change> diff(FoldedStacks before, FoldedStacks after) {
        Map<List<String>, Change> changes = new LinkedHashMap<>();
        after.paths.forEach((path, weight) ->
                changes.put(path, new Change(before.paths.getOrDefault(path, Weight.NONE), weight)));
        before.paths.forEach((path, weight) -> changes.putIfAbsent(path, new Change(weight, Weight.NONE)));
        return Collections.unmodifiableMap(changes);
    }

    private static Map<List<String>, Weight> biggestFirst(Map<List<String>, Weight> paths) {
        Map<List<String>, Weight> sorted = new LinkedHashMap<>();
        paths.entrySet().stream()
                .sorted(Map.Entry.<List<String>, Weight>comparingByValue(
                                Comparator.comparingDouble(Weight::bytesPerOp)
                                        .thenComparingDouble(Weight::objectsPerOp).reversed())
                        .thenComparing(e -> String.join(";", e.getKey())))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
