package dev.allocbudget.core.model;

import dev.allocbudget.runner.protocol.Event;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Objects of one type allocated at one place, per call in steady state.
 *
 * @param frames innermost first, as in a stack trace ({@code com.acme.Params.put(Params.java:41)}), harness frames
 *               removed, inlined frames included; the last is {@link Event.Site#TRUNCATED} when the agent's depth
 *               limit cut the stack
 * @param thread the allocating thread: {@value #MEASURING_THREAD} for the thread that calls the method, else the
 *               name of the other thread that did the work
 */
public record AllocationSite(String type, double objectsPerOp, double bytesPerOp, List<String> frames, String thread) {
    /** The name of the fork's thread that makes the calls. */
    public static final String MEASURING_THREAD = "main";
    private static final List<String> JDK_PACKAGES = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");
    private static final Comparator<AllocationSite> BIGGEST_FIRST = Comparator
            .comparingDouble(AllocationSite::bytesPerOp).reversed()
            .thenComparing(Comparator.comparingDouble(AllocationSite::objectsPerOp).reversed())
            .thenComparing(AllocationSite::type);

    public AllocationSite {
        frames = List.copyOf(frames);
    }

    /** A site of the measuring thread. */
    public AllocationSite(String type, double objectsPerOp, double bytesPerOp, List<String> frames) {
        this(type, objectsPerOp, bytesPerOp, frames, MEASURING_THREAD);
    }

    /** True when another thread than the measuring one allocated here. */
    public boolean onOtherThread() {
        return !MEASURING_THREAD.equals(thread);
    }

    /** True when the agent's depth limit cut this stack: its outermost frames are unknown. */
    public boolean truncated() {
        return !frames.isEmpty() && Event.Site.TRUNCATED.equals(frames.get(frames.size() - 1));
    }

    /**
     * Sites that read the same to a user (same thread and type, same own line and allocating frame) as one, with
     * their objects and bytes added and the frames of the biggest; biggest first. Stacks that differ only below the
     * user's line would otherwise show as identical lines.
     */
    public static List<AllocationSite> merged(List<AllocationSite> sites) {
        Map<List<String>, AllocationSite> byLine = new LinkedHashMap<>();
        for (AllocationSite site : sites.stream().sorted(BIGGEST_FIRST).toList()) {
            byLine.merge(site.line(), site, (a, b) -> new AllocationSite(a.type, a.objectsPerOp + b.objectsPerOp,
                    a.bytesPerOp + b.bytesPerOp, a.frames, a.thread));
        }
        return byLine.values().stream().sorted(BIGGEST_FIRST).toList();
    }

    /** What a reader sees of a site: its thread, its type, the user's line and the frame that allocated. */
    private List<String> line() {
        List<String> line = new ArrayList<>(List.of(thread, type));
        if (!frames.isEmpty()) {
            line.add(userLine());
            line.add(allocatingFrame());
        }
        return line;
    }

    /** The first frame in the user's code, else the allocating frame; {@code null} when the site has no frames. */
    public String userLine() {
        return frames.isEmpty() ? null : frames.get(Math.max(firstUserFrame(), 0));
    }

    /** The innermost frame, where the object was allocated; {@code null} when the site has no frames. */
    public String allocatingFrame() {
        return frames.isEmpty() ? null : frames.get(0);
    }

    /**
     * This site with only the frames a reader sees (the allocating one and the user's line): what a baseline keeps,
     * and it reads back as the same line.
     */
    public AllocationSite asSeen() {
        List<String> seen = frames.isEmpty() ? List.of()
                : userLine().equals(allocatingFrame()) ? List.of(userLine()) : List.of(allocatingFrame(), userLine());
        return new AllocationSite(type, objectsPerOp, bytesPerOp, seen, thread);
    }

    /**
     * The index of the first frame in the user's code, or -1 when there is none. Neither the JDK's frames nor a
     * lambda's generated class ({@code Hot$$Lambda.apply(Unknown Source)}) count: the user's line is the one that
     * wrote the lambda or called through it, further down.
     */
    public int firstUserFrame() {
        for (int i = 0; i < frames.size(); i++) {
            String frame = frames.get(i);
            if (JDK_PACKAGES.stream().noneMatch(frame::startsWith) && !frame.contains("$$Lambda")
                    && !frame.equals(Event.Site.TRUNCATED)) {
                return i;
            }
        }
        return -1;
    }
}
