package dev.allocbudget.runner.count;

import dev.allocbudget.runner.measure.MeasurementLoop;
import dev.allocbudget.runner.measure.SteadyStateMeter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The pure-Java way to count objects, for JVMs where the native agent is missing: with TLABs switched off
 * ({@code -XX:-UseTLAB}, and G1, since JDK 17's Serial and Parallel collectors then allocate inline and emit
 * nothing), every allocation takes the slow path and JFR records it as {@code jdk.ObjectAllocationOutsideTLAB},
 * with its stack. It runs in a fork of its own, which can compile differently from the measuring fork; the host
 * therefore accepts its count only when this fork's bytes/op equals the main verdict.
 */
public final class JfrCounter {
    private static final String EVENT = "jdk.ObjectAllocationOutsideTLAB";

    private JfrCounter() {}

    /**
     * Starts and stops a recording before warm-up: JFR's first start deoptimises compiled code, and after the
     * verdict it would make the counting window run other code than the verdict measured.
     */
    public static void initialise() {
        try (Recording warmUp = new Recording()) {
            warmUp.enable(EVENT).withStackTrace();
            warmUp.start();
            warmUp.stop();
        }
    }

    public static ObjectCounter.Count count(Object instance, SteadyStateMeter.Settled verdict) throws Throwable {
        int n = ObjectCounter.windowFor(verdict);
        Path file = Files.createTempFile("allocbudget", ".jfr");
        long windowBytes;
        try (Recording recording = new Recording()) {
            recording.enable(EVENT).withStackTrace();
            recording.start();
            windowBytes = MeasurementLoop.allocatedBy(instance, n);
            recording.stop();
            recording.dump(file);
        }
        long objects = 0;
        long countedBytes = 0;
        Map<String, long[]> sites = new LinkedHashMap<>();
        long thread = Thread.currentThread().getId();
        try {
            for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
                if (event.getThread() == null || event.getThread().getJavaThreadId() != thread
                        || event.getStackTrace() == null || !fromTheLoop(event)) {
                    continue; // JFR's own work, or the harness around the window
                }
                long size = event.getLong("allocationSize");
                objects++;
                countedBytes += size;
                long[] site = sites.computeIfAbsent(rawSite(event), k -> new long[2]);
                site[0]++;
                site[1] += size;
            }
        } finally {
            Files.deleteIfExists(file);
        }
        String mismatch = ObjectCounter.mismatch(verdict, n, windowBytes, countedBytes);
        if (mismatch != null) {
            return new ObjectCounter.Count(-1, n, List.of(), mismatch);
        }
        List<String> lines = new ArrayList<>();
        sites.forEach((site, counts) -> lines.add(counts[0] + "\t" + counts[1] + "\t" + site));
        return new ObjectCounter.Count(objects, n, lines, null);
    }

    private static boolean fromTheLoop(RecordedEvent event) {
        return event.getStackTrace().getFrames().stream()
                .anyMatch(f -> f.getMethod().getType().getName().equals(MeasurementLoop.class.getName()));
    }

    /** The event in the agent's raw site format, so that {@link Sites#parse} formats both the same way. */
    private static String rawSite(RecordedEvent event) {
        StringBuilder raw = new StringBuilder(event.getThread().getJavaName()).append('\t')
                .append(signature(event.getClass("objectClass").getName()));
        for (RecordedFrame frame : event.getStackTrace().getFrames()) {
            String type = frame.getMethod().getType().getName();
            String outer = type.substring(type.lastIndexOf('.') + 1).split("\\$")[0];
            // JFR has no source file name; the top-level class's name is what javac uses unless told otherwise
            raw.append('\t').append(signature(type)).append('|').append(frame.getMethod().getName())
                    .append('|').append(outer).append(".java|").append(frame.getLineNumber());
        }
        return raw.toString();
    }

    private static String signature(String className) {
        return className.startsWith("[") ? className : "L" + className.replace('.', '/') + ";";
    }
}
