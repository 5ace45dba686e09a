package dev.allocbudget.runner.protocol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One line of the events file a fork writes and the host reads (see {@link EventFormat} for the line format). Each
 * record names its tag, lists its fields in line order ({@link #fields()}) and reads them back ({@code decode}), so
 * a new field is one record component plus one entry in each of those two methods.
 */
public sealed interface Event {

    /** The first field of the event's line. */
    String tag();

    /** The fields after the tag, in line order; the writer turns each into text with {@code String.valueOf}. */
    List<?> fields();

    /**
     * Discovery: the forked JVM's version, vendor, VM and collector, and its runtime's and VM's full versions (with
     * their builds), which tell two builds of one version apart.
     */
    record Env(String javaVersion, String javaVendor, String vmName, String gc, String runtimeVersion,
            String vmVersion) implements Event {
        static final String TAG = "env";
        public String tag() { return TAG; }
        public List<?> fields() { return values(javaVersion, javaVendor, vmName, gc, runtimeVersion, vmVersion); }
        static Env decode(Fields f) {
            return new Env(f.text(), f.text(), f.text(), f.text(), f.text(), f.text());
        }
    }

    /**
     * Discovery: one row of a budget method, with the annotation's values ({@code -1}: no limit, build default).
     *
     * @param applies which of the method's budgets per Java version applied ({@code budget for Java 21+}), or null
     *                when it has one budget for every version
     * @param threads how many threads call the method at once (the budget's {@code threads})
     * @param problem why the method cannot be measured, or null when its shape is valid
     */
    record Method(MethodId id, long budgetBytes, long budgetObjects, double tolerancePercent, boolean reuse,
            String applies, int threads, String problem) implements Event {
        static final String TAG = "method";

        public Method {
            applies = applies == null || applies.isEmpty() ? null : applies; // empty on the line
            problem = problem == null || problem.isEmpty() ? null : problem;
        }

        public String tag() { return TAG; }
        public List<?> fields() {
            return values(id, budgetBytes, budgetObjects, tolerancePercent, reuse, applies == null ? "" : applies,
                    threads, problem == null ? "" : problem);
        }
        static Method decode(Fields f) {
            return new Method(f.methodId(), f.longValue(), f.longValue(), f.doubleValue(),
                    Boolean.parseBoolean(f.text()), f.text(), (int) f.longValue(), f.text());
        }
    }

    /** Discovery: something the user should know, e.g. a test class that could not be loaded. */
    record Warning(String text) implements Event {
        static final String TAG = "warning";
        public String tag() { return TAG; }
        public List<?> fields() { return values(text); }
        static Warning decode(Fields f) { return new Warning(f.text()); }
    }

    /**
     * Measurement: the settled figure. Bytes per call is {@code bytesInWindow / opsInWindow} of the window (for a
     * mean without a period: the span of windows) it was taken from.
     *
     * @param totalOps    calls made in the whole measurement, warm-up included
     * @param millis      how long measuring took until the figure settled
     * @param callerBytes the part of {@code bytesInWindow} the calling thread allocated (the rest: other threads)
     * @param amortized   the windows did not all allocate alike: the figure is a mean over calls
     * @param period      for a mean, its period in calls when one was found, else 0
     * @param periodBytes the bytes one period allocates (0 without a period)
     */
    record Result(long bytesInWindow, long opsInWindow, long totalOps, long millis, long callerBytes,
            boolean amortized, long period, long periodBytes, List<ThreadShare> perThread) implements Event {
        static final String TAG = "result";

        /** One of several threads that called the method at once: its calls and bytes in the window. */
        public record ThreadShare(long calls, long bytes) {
            public double bytesPerOp() {
                return calls == 0 ? 0 : (double) bytes / calls;
            }
        }

        public Result {
            perThread = List.copyOf(perThread);
        }

        public String tag() { return TAG; }
        public List<?> fields() {
            StringBuilder shares = new StringBuilder();
            for (ThreadShare s : perThread) {
                shares.append(shares.length() == 0 ? "" : " ").append(s.calls()).append('/').append(s.bytes());
            }
            return values(bytesInWindow, opsInWindow, totalOps, millis, callerBytes, amortized, period, periodBytes,
                    shares.toString());
        }
        static Result decode(Fields f) {
            Result r = new Result(f.longValue(), f.longValue(), f.longValue(), f.longValue(), f.longValue(),
                    Boolean.parseBoolean(f.text()), f.longValue(), f.longValue(), List.of());
            String shares = f.text();
            if (shares.isEmpty()) {
                return r;
            }
            List<ThreadShare> perThread = new ArrayList<>();
            for (String share : shares.split(" ")) {
                int slash = share.indexOf('/');
                try {
                    perThread.add(new ThreadShare(Long.parseLong(share.substring(0, slash)),
                            Long.parseLong(share.substring(slash + 1))));
                } catch (RuntimeException e) {
                    throw new MalformedEventException("a thread's calls/bytes in the result event is not two whole"
                            + " numbers: " + share);
                }
            }
            return new Result(r.bytesInWindow, r.opsInWindow, r.totalOps, r.millis, r.callerBytes, r.amortized,
                    r.period, r.periodBytes, perThread);
        }

        /** Bytes per call. */
        public double bytesPerOp() {
            return (double) bytesInWindow / opsInWindow;
        }

        /** The calling thread's part of {@link #bytesPerOp()}. */
        public double callerBytesPerOp() {
            return (double) callerBytes / opsInWindow;
        }
    }

    /**
     * Measurement: threads of the fork that went on allocating after the calls had stopped, as the fork names them:
     * their allocation counts as the method's in whichever window it falls.
     */
    record Lingering(String threads) implements Event {
        static final String TAG = "lingering";
        public String tag() { return TAG; }
        public List<?> fields() { return values(threads); }
        static Lingering decode(Fields f) { return new Lingering(f.text()); }
    }

    /**
     * Any check fork, last: a class or resource it looked up on the project's class path, with the indexes of the
     * class path entries it was found in (every one with a copy, for a resource looked up as all of them); none when
     * it was found nowhere. The host hashes what those entries hold: what a stored figure is keyed on.
     *
     * @param kind {@code class}, {@code resource} or {@code resources}
     */
    record Loaded(String kind, String name, List<Integer> entries) implements Event {
        static final String TAG = "loaded";

        public Loaded {
            entries = List.copyOf(entries);
        }

        public String tag() { return TAG; }
        public List<?> fields() {
            List<Object> fields = new ArrayList<>(values(kind, name));
            fields.addAll(entries); // the entries fill the rest of the line
            return fields;
        }
        static Loaded decode(Fields f) {
            return new Loaded(f.text(), f.text(), f.rest().stream().map(Fields::entry).toList());
        }
    }

    /** Counting: {@code count} objects in a window of {@code ops} calls. */
    record Objects(long count, long ops) implements Event {
        static final String TAG = "objects";
        public String tag() { return TAG; }
        public List<?> fields() { return values(count, ops); }
        static Objects decode(Fields f) { return new Objects(f.longValue(), f.longValue()); }
    }

    /**
     * Counting: objects of one type allocated at one place, in the counted window.
     *
     * @param frames innermost first, as in a stack trace, harness frames removed; the last is {@link #TRUNCATED}
     *               when the agent's depth limit cut the stack before the harness
     */
    record Site(long count, long bytes, String thread, String type, List<String> frames) implements Event {
        static final String TAG = "site";
        /** The outermost frame of a stack cut by the agent's depth limit: the frames further out are unknown. */
        public static final String TRUNCATED = "[truncated]";

        public Site {
            frames = List.copyOf(frames);
        }

        public String tag() { return TAG; }
        public List<?> fields() {
            List<Object> fields = new ArrayList<>(values(count, bytes, thread, type));
            fields.addAll(frames); // the frames fill the rest of the line
            return fields;
        }
        static Site decode(Fields f) {
            return new Site(f.longValue(), f.longValue(), f.text(), f.text(), f.rest());
        }
    }

    /**
     * Counting: no exact count, because the objects seen in a window of {@code ops} calls add up to
     * {@code seenBytes} of the {@code windowBytes} it allocated; the {@link Site}s that follow are those seen. When
     * both are equal (a method called by several threads at once), every object was seen, but the counted calls
     * allocated other bytes per call than the figure: the sites are those of other calls.
     */
    record ObjectsPartial(long ops, long seenBytes, long windowBytes) implements Event {
        static final String TAG = "objects-partial";
        public String tag() { return TAG; }
        public List<?> fields() { return values(ops, seenBytes, windowBytes); }
        static ObjectsPartial decode(Fields f) {
            return new ObjectsPartial(f.longValue(), f.longValue(), f.longValue());
        }
    }

    /** Counting: there is no exact count of objects, and why. */
    record ObjectsUnavailable(String reason) implements Event {
        static final String TAG = "objects-unavailable";
        public String tag() { return TAG; }
        public List<?> fields() { return values(reason); }
        static ObjectsUnavailable decode(Fields f) { return new ObjectsUnavailable(f.text()); }
    }

    /** Measurement: no steady state within the time limit; the reason names the last windows. */
    record Unsettled(String reason) implements Event {
        static final String TAG = "unsettled";
        public String tag() { return TAG; }
        public List<?> fields() { return values(reason); }
        static Unsettled decode(Fields f) { return new Unsettled(f.text()); }
    }

    /** Any mode: the method (or its class, or JMH) could not be run. */
    record Error(String message) implements Event {
        static final String TAG = "error";
        public String tag() { return TAG; }
        public List<?> fields() { return values(message); }
        static Error decode(Fields f) { return new Error(f.text()); }
    }

    /** The last line of a fork that finished on its own terms; without it, the host looks at how the fork ended. */
    record Bye() implements Event {
        static final String TAG = "bye";
        public String tag() { return TAG; }
        public List<?> fields() { return List.of(); }
        static Bye decode(Fields f) { return new Bye(); }
    }

    /** JMH prepare: the JMH benchmark (a regex for JMH's include) that runs the budget method {@code methodId}. */
    record JmhBenchmark(MethodId methodId, String benchmarkRegex) implements Event {
        static final String TAG = "jmh-benchmark";
        public String tag() { return TAG; }
        public List<?> fields() { return values(methodId, benchmarkRegex); }
        static JmhBenchmark decode(Fields f) { return new JmhBenchmark(f.methodId(), f.text()); }
    }

    /** JMH prepare: JMH refused to generate a benchmark for the budget method {@code methodId}, saying {@code why}. */
    record JmhRefused(MethodId methodId, String why) implements Event {
        static final String TAG = "jmh-refused";
        public String tag() { return TAG; }
        public List<?> fields() { return values(methodId, why); }
        static JmhRefused decode(Fields f) { return new JmhRefused(f.methodId(), f.text()); }
    }

    /** JMH run: another JMH run on this machine held JMH's lock file this long before this one could start. */
    record JmhWaiting(String lockFile, long millis) implements Event {
        static final String TAG = "jmh-waiting";
        public String tag() { return TAG; }
        public List<?> fields() { return values(lockFile, millis); }
        static JmhWaiting decode(Fields f) { return new JmhWaiting(f.text(), f.longValue()); }
    }

    /**
     * JMH run: one {@code @Param} row of a benchmark.
     *
     * @param params    {@code a=1,b=x}, or empty without {@code @Param} fields
     * @param allocNorm JMH's {@code gc.alloc.rate.norm} in B/op, NaN when the GC profiler gave none
     * @param settings  the settings JMH ran it with ({@code 1 fork, 1 x 200 ms warm-up, ...}): the options, or the
     *                  benchmark's own annotations where those win
     */
    record JmhResult(String params, double score, double scoreError, String unit, String mode, double allocNorm,
            String settings) implements Event {
        static final String TAG = "jmh-result";
        public String tag() { return TAG; }
        public List<?> fields() { return values(params, score, scoreError, unit, mode, allocNorm, settings); }
        static JmhResult decode(Fields f) {
            return new JmhResult(f.text(), f.doubleValue(), f.doubleValue(), f.text(), f.text(), f.doubleValue(),
                    f.text());
        }
    }

    /** A list that, unlike {@code List.of}, takes a null (written as {@code null}, as the format always did). */
    private static List<Object> values(Object... values) {
        return Arrays.asList(values);
    }
}
