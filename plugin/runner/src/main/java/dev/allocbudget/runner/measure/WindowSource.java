package dev.allocbudget.runner.measure;

/**
 * Where {@link SteadyStateMeter} gets its windows: in a fork, {@link LoopWindows} calls the method and reads the
 * counters and the JIT; the unit tests replay recorded traces instead, so that a JIT transition, a period or a leak
 * can be checked against the rule in milliseconds rather than in real forks of seconds whose timing varies.
 */
interface WindowSource {
    /**
     * One window as it was measured: its figure, whether the JIT's total compilation time stayed the same while it
     * ran (a window during which C2 compiled may mix two figures), how long its calls took, and for several calling
     * threads how many ran at once on average, against how many must ({@link ParallelCalls}; NaN for one thread).
     */
    record Run(Window window, boolean jitIdle, long nanos, double parallelism, double neededParallelism) {
        Run(Window window, boolean jitIdle, long nanos) {
            this(window, jitIdle, nanos, Double.NaN, Double.NaN);
        }

        /**
         * Several threads called the method, but fewer ran at once than the cores let them: other processes had the
         * cores, and the threads raced less than they would on free ones.
         */
        boolean crowded() {
            return parallelism < neededParallelism;
        }
    }

    /** Calls the method {@code n} times as one window. */
    Run window(long n) throws Throwable;

    /**
     * True when the calls are made one after another, so that a period of their allocation can be looked for
     * ({@link PeriodFinder}); false when several threads make them at once.
     */
    default boolean callsInOrder() {
        return true;
    }

    /** Calls the method once and returns what that call allocated: the recording {@link PeriodFinder} reads. */
    long oneCall() throws Throwable;
}
