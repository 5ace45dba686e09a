import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * How long the allocbudget engine adds to a test run beyond its forks. One run per JVM, as a test run is: the JUnit
 * launcher runs every engine on the class path over one package (for examples/router: Jupiter's tests and the
 * budgets), discovery then execution; with {@code off}, the allocbudget engine is filtered out. Meanwhile it records
 * when each child process of this JVM (each fork) starts and ends. Prints the wall time from creating the launcher
 * to the end of execution, and the time during which at least one fork was alive; the script subtracts.
 *
 * Usage: java -cp <launcher, engine and test class path> EngineOverhead.java <package> on|off
 */
public class EngineOverhead {
    /** [start, end] in System.nanoTime(), one per child process. */
    static final List<long[]> forks = new ArrayList<>();
    static final Set<Long> seen = ConcurrentHashMap.newKeySet();

    public static void main(String[] args) throws Exception {
        String pkg = args[0];
        boolean on = args[1].equals("on");
        Thread watcher = new Thread(EngineOverhead::watch, "fork-watcher");
        watcher.setDaemon(true);
        watcher.start();
        long start = System.nanoTime();
        Launcher launcher = LauncherFactory.create();
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage(pkg));
        if (!on) {
            request.filters(EngineFilter.excludeEngines("allocbudget"));
        }
        TestPlan plan = launcher.discover(request.build());
        long discovered = System.nanoTime();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(plan, summary);
        long end = System.nanoTime();
        Thread.sleep(50); // the watcher sees the last exit
        double forkSeconds = union(start, end) / 1e9;
        System.out.printf(Locale.ROOT, "%s tests=%d failed=%d discovery=%.3f total=%.3f forks=%.3f count=%d%n",
                on ? "on" : "off", summary.getSummary().getTestsStartedCount(),
                summary.getSummary().getTotalFailureCount(), (discovered - start) / 1e9, (end - start) / 1e9,
                forkSeconds, forkCount());
    }

    /** Polls for new child processes; records their start when seen and their end when they exit. */
    static void watch() {
        while (true) {
            ProcessHandle.current().descendants().filter(p -> seen.add(p.pid())).forEach(p -> {
                long[] interval = {System.nanoTime(), Long.MAX_VALUE};
                synchronized (forks) {
                    forks.add(interval);
                }
                p.onExit().thenRun(() -> interval[1] = System.nanoTime());
            });
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    static int forkCount() {
        synchronized (forks) {
            return forks.size();
        }
    }

    /** Nanoseconds within [from, to] during which at least one fork was alive. */
    static long union(long from, long to) {
        List<long[]> intervals;
        synchronized (forks) {
            intervals = new ArrayList<>(forks);
        }
        intervals.sort((a, b) -> Long.compare(a[0], b[0]));
        long covered = 0;
        long curStart = -1;
        long curEnd = -1;
        for (long[] i : intervals) {
            long s = Math.max(i[0], from);
            long e = Math.min(i[1], to);
            if (e <= s) {
                continue;
            }
            if (curEnd < s) {
                if (curEnd > curStart) {
                    covered += curEnd - curStart;
                }
                curStart = s;
                curEnd = e;
            } else {
                curEnd = Math.max(curEnd, e);
            }
        }
        if (curEnd > curStart) {
            covered += curEnd - curStart;
        }
        return covered;
    }
}
