package dev.allocbudget.runner.measure;

import java.lang.management.ThreadInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;

/**
 * Finds threads that go on allocating after the calls have returned (a timer, a background flusher the method
 * started). Their allocation lands in whatever window it falls into, so the figure counts it as the method's;
 * the user should know which threads they are.
 */
public final class LingeringThreads {
    /** How long the calling thread stays idle while the others are watched. */
    static final long WATCH_MILLIS = 100;

    private LingeringThreads() {}

    /** The other threads that allocated while the caller made no calls, as {@code name (N B in 100 ms)}; may be empty. */
    public static List<String> find() {
        long self = Thread.currentThread().getId();
        long[] ids = AllocationCounter.THREADS.getAllThreadIds();
        long[] before = AllocationCounter.THREADS.getThreadAllocatedBytes(ids);
        LockSupport.parkNanos(WATCH_MILLIS * 1_000_000);
        long[] after = AllocationCounter.THREADS.getThreadAllocatedBytes(ids);
        ThreadInfo[] infos = AllocationCounter.THREADS.getThreadInfo(ids);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            long bytes = after[i] - before[i];
            if (ids[i] != self && before[i] >= 0 && after[i] >= 0 && bytes > 0 && infos[i] != null) {
                found.add(String.format(Locale.ROOT, "%s (%,d B in %d ms)", infos[i].getThreadName(), bytes,
                        WATCH_MILLIS));
            }
        }
        return found;
    }
}
