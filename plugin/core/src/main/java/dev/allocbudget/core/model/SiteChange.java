package dev.allocbudget.core.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One allocation site that is new, grew, shrank or went away between two measurements of a method: its baseline
 * entry (or the reference's figures) and this run. Sites unchanged within {@link #changed the rule} are not changes.
 *
 * @param before the site as it was, {@code null} when it is new
 * @param after  the site as it is, {@code null} when it is gone
 */
public record SiteChange(Kind kind, AllocationSite before, AllocationSite after) {

    public enum Kind {
        NEW("new"), GREW("grown"), SHRANK("shrunk"), GONE("gone");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** How reports name a site of this kind: {@code new}, {@code grown}, {@code shrunk}, {@code gone}. */
        public String word() {
            return word;
        }
    }

    /** A site's bytes per call must move by this much, and by {@link #MIN_RELATIVE}, to count as grown or shrunk. */
    static final double MIN_BYTES = 0.5;
    /** ... and by this share of its bytes before: a site of 40,000 B/op that moves by 1 byte is the same site. */
    static final double MIN_RELATIVE = 0.01;
    /** Objects per call move by at least this much: a site whose objects changed but whose bytes did not. */
    static final double MIN_OBJECTS = 0.05;

    private static final Pattern LINE = Pattern.compile(":(\\d+)\\)$");
    private static final Comparator<SiteChange> BIGGEST_FIRST = Comparator
            .comparingDouble((SiteChange c) -> -Math.abs(c.bytesDelta()))
            .thenComparingDouble(c -> -Math.abs(c.objectsDelta()))
            .thenComparingDouble(c -> -c.bytesDelta()) // of two changes as big, the growth first
            .thenComparing(c -> c.site().type());

    /** The site this change is about: as it is now, or as it was when it is gone. */
    public AllocationSite site() {
        return after != null ? after : before;
    }

    public double bytesDelta() {
        return bytes(after) - bytes(before);
    }

    public double objectsDelta() {
        return objects(after) - objects(before);
    }

    /**
     * The changes from {@code before} to {@code after}, biggest first. A site is the same site in both when it has
     * the same thread, type, allocating method and user method; line numbers are not compared, so a site whose line
     * moved because of an edit above it is still the same site. Where one method has several sites of a type
     * through the same call (two {@code new byte[]} in one method), those on the same lines are paired first, then
     * the rest in the order of their lines.
     */
    public static List<SiteChange> between(List<AllocationSite> before, List<AllocationSite> after) {
        // compared as a baseline file keeps them: merged to the user's line and the allocating frame
        Map<List<String>, List<AllocationSite>> was = byPlace(seen(before));
        Map<List<String>, List<AllocationSite>> now = byPlace(seen(after));
        List<SiteChange> changes = new ArrayList<>();
        for (Map.Entry<List<String>, List<AllocationSite>> place : now.entrySet()) {
            List<AllocationSite> old = new ArrayList<>(was.getOrDefault(place.getKey(), List.of()));
            List<AllocationSite> unpaired = new ArrayList<>();
            for (AllocationSite site : place.getValue()) {
                AllocationSite same = old.stream().filter(o -> o.frames().equals(site.frames())).findFirst()
                        .orElse(null);
                if (same == null) {
                    unpaired.add(site);
                } else {
                    old.remove(same);
                    compare(same, site, changes);
                }
            }
            for (AllocationSite site : unpaired) {
                if (old.isEmpty()) {
                    changes.add(new SiteChange(Kind.NEW, null, site));
                } else {
                    compare(old.remove(0), site, changes);
                }
            }
            old.forEach(gone -> changes.add(new SiteChange(Kind.GONE, gone, null)));
        }
        was.forEach((place, sites) -> {
            if (!now.containsKey(place)) {
                sites.forEach(gone -> changes.add(new SiteChange(Kind.GONE, gone, null)));
            }
        });
        changes.sort(BIGGEST_FIRST);
        return changes;
    }

    private static List<AllocationSite> seen(List<AllocationSite> sites) {
        return AllocationSite.merged(sites).stream().map(AllocationSite::asSeen).toList();
    }

    private static void compare(AllocationSite before, AllocationSite after, List<SiteChange> changes) {
        if (changed(before, after)) {
            double bytes = after.bytesPerOp() - before.bytesPerOp();
            boolean grew = bytes > 0 || (bytes == 0 && after.objectsPerOp() > before.objectsPerOp());
            changes.add(new SiteChange(grew ? Kind.GREW : Kind.SHRANK, before, after));
        }
    }

    /** Moved by at least half a byte and 1 % of its bytes, or by 0.05 objects per call. */
    static boolean changed(AllocationSite before, AllocationSite after) {
        double bytes = Math.abs(after.bytesPerOp() - before.bytesPerOp());
        return (bytes >= MIN_BYTES && bytes >= MIN_RELATIVE * before.bytesPerOp())
                || Math.abs(after.objectsPerOp() - before.objectsPerOp()) >= MIN_OBJECTS;
    }

    /** Sites by thread, type, user method and allocating method (lines left out), each list in the order of lines. */
    private static Map<List<String>, List<AllocationSite>> byPlace(List<AllocationSite> sites) {
        Map<List<String>, List<AllocationSite>> places = new LinkedHashMap<>();
        for (AllocationSite site : sites) {
            List<String> place = List.of(site.thread(), site.type(), withoutLine(site.userLine()),
                    withoutLine(site.allocatingFrame()));
            places.computeIfAbsent(place, p -> new ArrayList<>()).add(site);
        }
        places.values().forEach(list -> list.sort(Comparator.comparingInt(SiteChange::lineNumber)));
        return places;
    }

    /** {@code com.acme.Codec.encode(Codec.java:42)} to {@code com.acme.Codec.encode(Codec.java)}. */
    static String withoutLine(String frame) {
        return frame == null ? "" : LINE.matcher(frame).replaceFirst(")");
    }

    private static int lineNumber(AllocationSite site) {
        String frame = site.userLine();
        if (frame == null) {
            return -1;
        }
        Matcher m = LINE.matcher(frame);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static double bytes(AllocationSite site) {
        return site == null ? 0 : site.bytesPerOp();
    }

    private static double objects(AllocationSite site) {
        return site == null ? 0 : site.objectsPerOp();
    }
}
