package dev.allocbudget.runner.shape;

/** How an exception thrown by user code (the method, a constructor, a JMH fixture) is quoted to the user. */
public final class ThrownText {
    /**
     * The prefix of the runner's classes: their frames are the harness, not the user's code (as are reflection's,
     * and those of the benchmarks JMH mode generates and of the code JMH generates for them).
     */
    public static final String RUNNER = "dev.allocbudget.runner.";
    /** The suffix of the benchmark classes JMH mode generates around a budget method. */
    public static final String GENERATED_BENCHMARK = "_allocbudget";

    private ThrownText() {}

    /** The exception and its first frames, without the runner's own frames, and the same for a few causes. */
    public static String describe(Throwable t) {
        return describe(t, 5);
    }

    private static String describe(Throwable t, int causesLeft) {
        StringBuilder text = new StringBuilder(t.toString());
        int shown = 0;
        for (StackTraceElement frame : t.getStackTrace()) {
            String cls = frame.getClassName();
            if (cls.startsWith(RUNNER) || cls.startsWith("java.lang.invoke.") || cls.contains(".jmh_generated.")
                    || cls.endsWith(GENERATED_BENCHMARK)
                    || cls.startsWith("java.lang.reflect.") || cls.startsWith("jdk.internal.reflect.")) {
                if (shown > 0) break; // below the user's frames: the harness
                continue;
            }
            if (shown++ == 5) {
                text.append("\n\t...");
                break;
            }
            text.append("\n\tat ").append(frame);
        }
        if (t.getCause() != null && t.getCause() != t && causesLeft > 0) {
            text.append("\nCaused by: ").append(describe(t.getCause(), causesLeft - 1));
        }
        return text.toString();
    }
}
