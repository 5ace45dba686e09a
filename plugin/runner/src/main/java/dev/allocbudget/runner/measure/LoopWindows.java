package dev.allocbudget.runner.measure;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * The windows of a fork: calls through {@link MeasurementLoop} (by several threads: {@link ParallelCalls}), bytes
 * from {@link AllocationCounter}, and the JIT's total compilation time read before and after, which tells whether C2
 * compiled anything meanwhile.
 */
final class LoopWindows implements WindowSource {
    private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    private final Object instance;

    LoopWindows(Object instance) {
        this.instance = instance;
    }

    @Override
    public Run window(long n) throws Throwable {
        if (!AllocationCounter.totalExact() && AllocationCounter.ALL_THREADS) {
            AllocationCounter.LiveThreads.snapshot(); // listing the threads allocates: between windows only
        }
        long jitBefore = compileMillis();
        long t0 = System.nanoTime();
        long bytes = ParallelCalls.allocatedBy(instance, (int) n);
        long t1 = System.nanoTime();
        boolean jitIdle = compileMillis() == jitBefore;
        return new Run(new Window(n, bytes, ParallelCalls.callerBytesOfLastWindow(),
                ParallelCalls.perThreadOfLastWindow()), jitIdle, t1 - t0, ParallelCalls.parallelismOfLastWindow(),
                ParallelCalls.neededParallelism());
    }

    /** Several threads at once make no order of calls that a period could be found in. */
    @Override
    public boolean callsInOrder() {
        return !ParallelCalls.active();
    }

    @Override
    public long oneCall() {
        return MeasurementLoop.allocatedBy(instance, 1);
    }

    /** The JIT's total compilation time; 0 throughout where it is not measured, so every window reads quiet. */
    private long compileMillis() {
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }
}
