package dev.allocbudget.runner;

import dev.allocbudget.runner.count.JfrCounter;
import dev.allocbudget.runner.count.ObjectCounter;
import dev.allocbudget.runner.count.Sites;
import dev.allocbudget.runner.load.Lookup;
import dev.allocbudget.runner.load.RecordingClassLoader;
import dev.allocbudget.runner.measure.AllocationCounter;
import dev.allocbudget.runner.measure.LingeringThreads;
import dev.allocbudget.runner.measure.MeasurementLoop;
import dev.allocbudget.runner.measure.ParallelCalls;
import dev.allocbudget.runner.measure.ProfileSeed;
import dev.allocbudget.runner.measure.Sink;
import dev.allocbudget.runner.measure.SteadyStateMeter;
import dev.allocbudget.runner.measure.Window;
import dev.allocbudget.runner.protocol.Event;
import dev.allocbudget.runner.protocol.DiscoverCommand;
import dev.allocbudget.runner.protocol.EventWriter;
import dev.allocbudget.runner.protocol.MeasureCommand;
import dev.allocbudget.runner.shape.BenchmarkStates;
import dev.allocbudget.runner.shape.BudgetMethods;
import dev.allocbudget.runner.shape.BudgetRow;
import dev.allocbudget.runner.shape.CompilerBlackholes;
import dev.allocbudget.runner.shape.JavaBudgets;
import dev.allocbudget.runner.shape.JmhShape;
import dev.allocbudget.runner.shape.ThrownText;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Entry point of the forked JVM.
 *
 * <pre>
 * ForkedMain discover EVENTS_FILE DISCOVER_COMMAND
 * ForkedMain measure  EVENTS_FILE MEASURE_COMMAND
 * </pre>
 *
 * Each command is one argument of named values ({@link DiscoverCommand}, {@link MeasureCommand}). A measured id is
 * one discovery wrote, {@code Class#method[name=value,...]} for one row of a method with JMH {@code @Param} fields;
 * {@code measure} sets that row up as JMH would (see {@link BenchmarkStates}), measures it, and tears it down.
 *
 * With counting {@code agent}, the objects of one more window are counted after the verdict by the native agent (see
 * {@link ObjectCounter}); with {@code jfr}, by JFR (see {@link JfrCounter}).
 *
 * Each mode writes its findings to EVENTS_FILE and ends with {@code bye}. A fork that ends without {@code bye}
 * (System.exit in user code, a crash, a kill) is reported by the host from its exit code and stderr.
 */
public final class ForkedMain {
    /**
     * Opens the implementation class of the whole-JVM allocation counter: needed on a JDK that has the counter there
     * but not on {@code com.sun.management.ThreadMXBean} (OpenJDK has it on the interface from 17.0.11 and 21).
     */
    public static final List<String> EXPORTS_FLAGS =
            List.of("--add-exports", "jdk.management/com.sun.management.internal=ALL-UNNAMED");

    /**
     * Flags every fork gets. {@code -Xbatch} makes the JIT compile synchronously: without it, JDK 17 settles
     * {@code String.format} on one of two compilations at random (1136 or 1208 B/op); with it, always the same one,
     * and no other figure changed in our measurements. JMH's Blackhole runs as a compiler blackhole, as in JMH's
     * own forks (see {@link CompilerBlackholes}).
     */
    public static final List<String> JVM_FLAGS = jvmFlags(true);

    /**
     * {@link #JVM_FLAGS} without {@link #EXPORTS_FLAGS}: for forks whose JDK declares the whole-JVM allocation counter
     * on its public interface (see {@link AllocationCounter}), where the export gains nothing and costs each fork
     * 15-30 ms (with it, the class-data archive's module graph is not used).
     */
    public static final List<String> JVM_FLAGS_WITHOUT_EXPORTS = jvmFlags(false);

    private static List<String> jvmFlags(boolean exports) {
        // no streams: this class is initialised in every fork, where a stream pipeline's lambdas cost start-up time
        List<String> flags = new ArrayList<>(List.of("-Xbatch"));
        if (exports) {
            flags.addAll(EXPORTS_FLAGS);
        }
        flags.addAll(CompilerBlackholes.JVM_FLAGS);
        return List.copyOf(flags);
    }

    private ForkedMain() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: ForkedMain discover|measure EVENTS_FILE COMMAND");
            System.exit(2);
        }
        ParentWatcher.start();
        try (EventWriter events = new EventWriter(Path.of(args[1]))) {
            try {
                if (args[0].equals("discover")) {
                    new Discovery(events).run(DiscoverCommand.decode(args[2]).testClasses());
                } else {
                    measure(events, MeasureCommand.decode(args[2]));
                }
                lookups(events);
            } catch (Throwable t) {
                events.write(new Event.Error(ThrownText.describe(t)));
            }
            events.write(new Event.Bye());
        }
        // halt, not exit: neither non-daemon threads nor shutdown hooks left by user code may keep the fork alive
        Runtime.getRuntime().halt(0);
    }

    /**
     * The classes and resources this fork looked up on the project's class path, when its class loader recorded
     * them (the host starts check forks through {@link dev.allocbudget.runner.load.ForkEntry}): what its answer is
     * keyed on when the host stores it.
     */
    private static void lookups(EventWriter events) throws IOException {
        if (ForkedMain.class.getClassLoader() instanceof RecordingClassLoader recording) {
            for (Lookup lookup : recording.lookups()) {
                events.write(new Event.Loaded(lookup.kind().name().toLowerCase(Locale.ROOT), lookup.name(),
                        lookup.entries()));
            }
        }
    }

    private static void measure(EventWriter events, MeasureCommand command) throws Throwable {
        CompilerBlackholes.enableWhereHonoured(); // before the user's classes can initialise JMH's Blackhole
        BudgetRow row = BudgetMethods.resolve(command.id(), ForkedMain.class.getClassLoader());
        Method method = row.method();
        String problem = BudgetMethods.problemWith(method, JavaBudgets.of(method));
        if (problem == null) {
            problem = JmhShape.of(method).problemWith(row.params());
        }
        if (problem != null) {
            events.write(new Event.Error(problem));
            return;
        }
        MeasureCommand.Counting counting = command.counting();
        // JFR's own threads allocate while it records, and its count covers the calling thread only: count that
        // thread alone in such a fork. Read when AllocationCounter is first used, which selfCheck does.
        boolean callerOnly = command.threads() == MeasureCommand.Threads.CALLER
                || counting == MeasureCommand.Counting.JFR;
        System.setProperty(AllocationCounter.THREADS_PROPERTY, callerOnly ? "caller" : "all");
        AllocationCounter.selfCheck();
        Sink.l = ProfileSeed.run(); // the JDK profiles a JMH fork has, before anything of the method is compiled
        BenchmarkStates states;
        try {
            states = BenchmarkStates.setUp(row);
        } catch (BenchmarkStates.Failure e) {
            events.write(new Event.Error(e.getMessage()));
            return;
        }
        MeasurementLoop.Target.set(method, states.arguments());
        if (counting == MeasureCommand.Counting.JFR) {
            JfrCounter.initialise();
        }
        Object instance = states.target();
        if (command.callers() > 1) {
            try {
                ParallelCalls.start(instance, states.argumentsPerThread(command.callers()));
            } catch (BenchmarkStates.Failure e) {
                events.write(new Event.Error(e.getMessage()));
                return;
            }
        }
        SteadyStateMeter.Settled settled;
        try {
            settled = new SteadyStateMeter(command.settleMillis(), instance).measure();
        } catch (SteadyStateMeter.NotSettledException e) {
            events.write(new Event.Unsettled(e.getMessage()));
            return;
        } catch (Throwable t) {
            events.write(new Event.Error("the method threw " + ThrownText.describe(t)));
            return;
        }
        Window window = settled.window();
        events.write(new Event.Result(window.bytes(), window.ops(), settled.totalOps(), settled.millis(),
                window.callerBytes(), settled.amortized(), settled.period(), settled.periodBytes(),
                perThread(window.perThread())));
        if (window.bytes() != window.callerBytes()) {
            // other threads allocated during the calls: say which of them go on after the calls have stopped
            List<String> lingering = LingeringThreads.find();
            if (!lingering.isEmpty()) {
                events.write(new Event.Lingering(String.join(", ", lingering)));
            }
        }
        if (counting != MeasureCommand.Counting.NONE) {
            countObjects(events, instance, settled, counting == MeasureCommand.Counting.JFR);
        }
        // after the figure (and the objects): a teardown that throws fails the method, as it fails a JMH run
        try {
            states.tearDown();
        } catch (BenchmarkStates.Failure e) {
            events.write(new Event.Error(e.getMessage()));
        }
    }

    /** Each calling thread's calls and bytes, for a method called by several at once; empty for one. */
    private static List<Event.Result.ThreadShare> perThread(Window.PerThread perThread) {
        List<Event.Result.ThreadShare> shares = new ArrayList<>();
        if (perThread != null) {
            for (int i = 0; i < perThread.calls().length; i++) {
                shares.add(new Event.Result.ThreadShare(perThread.calls()[i], perThread.bytes()[i]));
            }
        }
        return shares;
    }

    private static void countObjects(EventWriter events, Object instance, SteadyStateMeter.Settled verdict,
            boolean withJfr) throws Throwable {
        if (withJfr && ParallelCalls.active()) {
            events.write(new Event.ObjectsUnavailable("objects are counted with JFR here, which sees the thread that"
                    + " measures, not the threads that call the method; with threads above 1 they are counted by the"
                    + " native agent only (allocbudget.objectsWithJfr=false, on a platform the plugin has an agent"
                    + " for)"));
            return;
        }
        if (!withJfr && !ObjectCounter.available()) {
            events.write(new Event.ObjectsUnavailable("the native object counter is not loaded in this JVM"));
            return;
        }
        ObjectCounter.Count count = withJfr ? JfrCounter.count(instance, verdict) : ObjectCounter.count(instance, verdict);
        if (count.unavailable() != null) {
            events.write(new Event.ObjectsUnavailable(count.unavailable()));
            return;
        }
        if (count.partial() != null) {
            events.write(new Event.ObjectsPartial(count.ops(), count.partial().seenBytes(),
                    count.partial().windowBytes()));
        } else {
            events.write(new Event.Objects(count.objects(), count.ops()));
        }
        for (Sites.Site site : Sites.parse(count.sites())) {
            events.write(new Event.Site(site.count(), site.bytes(), site.thread(), site.type(), site.frames()));
        }
    }
}
