package dev.allocbudget.runner.protocol;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a measuring fork is asked to do, as the host passes it in one argument ({@link #encode()}).
 *
 * @param id           the method (row) to measure
 * @param settleMillis a figure not settled after this long is reported as unsettled
 * @param counting     how objects and their sites are counted after the figure, if at all
 * @param threads      whose allocation counts
 * @param callers      how many threads call the method at once (the budget's {@code threads})
 */
public record MeasureCommand(MethodId id, long settleMillis, Counting counting, Threads threads, int callers) {

    /** How a measuring fork counts objects after its figure. */
    public enum Counting {
        NONE,
        /** In the same JVM, with the native agent (which the fork must be started with). */
        AGENT,
        /** With JFR, in a JVM without TLABs: the pure-Java fallback; it counts the calling thread only. */
        JFR
    }

    /** Whose allocation a window counts. */
    public enum Threads {
        /** Every thread of the fork while the calls run, as JMH's GC profiler does. */
        ALL,
        /** Only the thread that calls the method. */
        CALLER
    }

    public String encode() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", id);
        values.put("settleMillis", settleMillis);
        values.put("counting", counting.name().toLowerCase(Locale.ROOT));
        values.put("threads", threads.name().toLowerCase(Locale.ROOT));
        values.put("callers", callers);
        return NamedValues.encode(values);
    }

    /** Undoes {@link #encode()}; throws, naming the argument, when a value is missing, unknown or malformed. */
    public static MeasureCommand decode(String argument) {
        NamedValues values = NamedValues.decode(argument, "measure command");
        MeasureCommand command = new MeasureCommand(MethodId.parse(values.take("id")), values.takeLong("settleMillis"),
                Counting.valueOf(values.take("counting").toUpperCase(Locale.ROOT)),
                Threads.valueOf(values.take("threads").toUpperCase(Locale.ROOT)), (int) values.takeLong("callers"));
        values.requireAllTaken();
        return command;
    }
}
