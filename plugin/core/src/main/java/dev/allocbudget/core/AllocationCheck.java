package dev.allocbudget.core;

import dev.allocbudget.core.baseline.Baseline;
import dev.allocbudget.core.baseline.BaselineFile;
import dev.allocbudget.core.check.IdFilter;
import dev.allocbudget.core.check.Limits;
import dev.allocbudget.core.check.MeasuringPool;
import dev.allocbudget.core.check.MethodMeasurer;
import dev.allocbudget.core.check.TimeGate;
import dev.allocbudget.core.fork.DiscoveryReply;
import dev.allocbudget.core.fork.ForkLauncher;
import dev.allocbudget.core.jmh.JmhMeasurer;
import dev.allocbudget.core.model.AllocBudgetException;
import dev.allocbudget.core.model.BaselineEntry;
import dev.allocbudget.core.model.BaselineUse;
import dev.allocbudget.core.model.BudgetMethod;
import dev.allocbudget.core.model.CheckListener;
import dev.allocbudget.core.model.CheckOutcome;
import dev.allocbudget.core.model.Environment;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.PropertyNames;
import dev.allocbudget.core.report.ConsoleText;
import dev.allocbudget.core.report.ProblemText;
import dev.allocbudget.core.store.ResultStore;
import dev.allocbudget.core.store.StoreKey;
import dev.allocbudget.runner.protocol.MethodId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The check, without Maven: discover the budget methods in a fork, measure each in forks of its own, decide, and
 * write the reports. User code only ever runs in forked JVMs.
 */
public final class AllocationCheck {
    private final CheckRequest request;
    private final CheckListener listener;

    public AllocationCheck(CheckRequest request, CheckListener listener) {
        this.request = request;
        this.listener = listener;
    }

    /**
     * Runs the check. Returns an outcome with an empty result list when there is nothing to check; throws when the
     * check cannot run at all. The reports are written before this returns, whatever the verdicts.
     */
    public CheckOutcome run() throws AllocBudgetException, InterruptedException {
        long start = System.nanoTime();
        requireCompiledTests();
        requireNamedBaselineFile();
        // read even when not comparing: a broken file stops the run before anything is measured
        Baseline read = BaselineFile.readIfPresent(request.baselineFile());
        Baseline baseline = request.compareWithBaseline() ? read : null;
        // with a reference and no baseline file, allocation is compared with the reference's, measured now
        String allocationReference = request.reference() != null && request.compareWithBaseline() && read == null
                ? request.reference().name() : null;
        if (request.reference() != null && read != null && request.timeGateTolerancePercent() == null) {
            listener.warning("The reference " + request.reference().name() + " is not used: allocation is compared"
                    + " with the baseline file " + request.baselineFile() + ", and times are compared with a"
                    + " reference only with -D" + PropertyNames.TIME_GATE + "=true.");
        }
        ForkLauncher launcher;
        try {
            launcher = new ForkLauncher(request.forkSettings());
        } catch (IOException e) {
            throw new AllocBudgetException("allocbudget: I/O error under " + request.reportDir() + ": " + e, e);
        }
        try (ResultStore store = store(launcher)) {
            DiscoveryReply discovery = discover(launcher, store);
            Environment environment = environmentOf(discovery);
            discovery.warnings().forEach(listener::warning);
            List<BudgetMethod> methods = selected(discovery.methods());
            String java = environment.javaFeature();
            requireRunnableReference(java);
            Baseline.Section section = baseline == null ? null : baseline.section(java);
            if (section != null) {
                warnIfRecordedElsewhere(section.environment(), environment, java);
            }
            List<MethodResult> results = new ArrayList<>();
            if (!methods.isEmpty()) {
                listener.started(environment, methods.size());
                MethodMeasurer measurer = new MethodMeasurer(launcher, request.sites(), store, request.compileOrders());
                results = MeasuringPool.measure(methods, request.forks(),
                        method -> measure(measurer, method, baseline != null, section, allocationReference),
                        this::finished);
            }
            JmhMeasurer.removeEarlierOutputs(request.reportDir()); // a build without JMH must not show an old run's
            if (request.jmh() != null && !results.isEmpty()) {
                TimeGate gate = request.timeGateTolerancePercent() == null ? null
                        : new TimeGate(request.timeGateTolerancePercent());
                results = new JmhMeasurer(launcher, request.jmh(), request.reportDir(), listener, gate,
                        request.reference() == null ? null : request.reference().name(), environment.javaVersion())
                        .measure(results);
            }
            BaselineUse use = baseline == null ? null : new BaselineUse(request.baselineFile(), java,
                    List.copyOf(baseline.sections().keySet()), staleEntries(section, discovery.methods()));
            CheckOutcome outcome = new CheckOutcome(environment, results, use,
                    Duration.ofNanos(System.nanoTime() - start));
            request.reports().write(outcome);
            return outcome;
        } catch (IOException e) {
            throw new AllocBudgetException("allocbudget: I/O error under " + request.reportDir() + ": " + e, e);
        }
    }

    /**
     * The result store of the request, or null when it has none. The forks' Java feature version is read from the
     * JDK's release file (a multi-release jar is read for it); where the file does not say, that of this JVM.
     */
    private ResultStore store(ForkLauncher launcher) throws IOException {
        if (request.storeDir() == null) {
            return null;
        }
        List<Path> plugin = ForkLauncher.pluginEntries();
        StoreKey key = new StoreKey(StoreKey.plugin(request.pluginVersion(), plugin.get(0), plugin.get(1)),
                StoreKey.jdk(request.java()), launcher.figureFlags(), StoreKey.machine(System.getenv()), null);
        return new ResultStore(request.storeDir(), key, request.reuse(), StoreKey.javaFeature(request.java()),
                listener::warning);
    }

    /**
     * Lists the budget methods, with the forks' class-data archive made first if need be: from the store when nothing the
     * last discovery depended on changed, else in a fork (whose answer is stored).
     */
    private DiscoveryReply discover(ForkLauncher launcher, ResultStore store)
            throws IOException, InterruptedException {
        String archive = launcher.useClassDataArchive(); // quick when the archive is there, as it nearly always is
        if (archive != null) {
            listener.info(archive);
        }
        List<Path> classpath = launcher.classpath(false);
        DiscoveryReply stored = store == null ? null
                : store.discovery(request.testClassesDir(), classpath, request.pluginVersion());
        if (stored != null) {
            return stored;
        }
        DiscoveryReply discovery = launcher.discover(request.testClassesDir(), request.pluginVersion());
        if (store != null && discovery.problem() == null) {
            store.jdkVersion(discovery.jvm());
            store.putDiscovery(request.testClassesDir(), classpath, discovery);
        }
        return discovery;
    }

    /** The methods the includes (and a launcher's selection) select, by id. */
    private List<BudgetMethod> selected(List<BudgetMethod> found) throws AllocBudgetException {
        IdFilter filter = new IdFilter(request.includes());
        List<BudgetMethod> methods = found.stream()
                .filter(m -> filter.matches(m.id().toString()))
                .filter(m -> request.methodIds() == null || request.methodIds().contains(m.id()))
                .sorted(Comparator.comparing(BudgetMethod::id))
                .toList();
        requireSelected(filter, found, methods);
        return methods;
    }

    /** Tells the listener a method has its verdict, and about threads it left allocating. */
    private void finished(int index, int total, MethodResult result) {
        listener.methodFinished(index, total, result);
        String lingering = ConsoleText.lingering(result);
        if (lingering != null) {
            listener.warning(lingering);
        }
    }

    /** Measures the method held to its baseline entry; or, with {@code reference}, to the reference's figures. */
    private MethodResult measure(MethodMeasurer measurer, BudgetMethod method, boolean compared,
            Baseline.Section section, String reference) throws IOException, InterruptedException {
        double tolerance = method.tolerancePercent() != null ? method.tolerancePercent()
                : request.baselineTolerancePercent();
        if (reference != null) {
            return measurer.measureAgainstReference(method, tolerance, reference);
        }
        BaselineEntry entry = section == null ? null : section.methods().get(method.id());
        return measurer.measure(method, new Limits(method.budget(), entry, compared, tolerance));
    }

    /** Entries of this Java's section that name no method of the module. */
    private static List<String> staleEntries(Baseline.Section section, List<BudgetMethod> found) {
        if (section == null) {
            return List.of();
        }
        Set<MethodId> ids = found.stream().map(BudgetMethod::id).collect(Collectors.toSet());
        return section.methods().keySet().stream().filter(id -> !ids.contains(id)).map(MethodId::toString).toList();
    }

    /** Same feature version, other VM or collector: the figures may legitimately differ, so say so. */
    private void warnIfRecordedElsewhere(Environment recorded, Environment now, String java) {
        if (recorded == null) {
            return;
        }
        String then = recorded.javaVendor() + " " + recorded.vmName() + ", " + recorded.gc();
        String current = now.javaVendor() + " " + now.vmName() + ", " + now.gc();
        if (!then.equals(current)) {
            listener.warning("The baseline for Java " + java + " in " + request.baselineFile() + " was recorded on "
                    + then + "; this run is on " + current + ". Figures can differ between VMs and collectors.");
        }
    }

    /** A reference compiled for a newer Java than the forks' cannot run there: say so before anything runs on it. */
    private void requireRunnableReference(String forkJava) throws AllocBudgetException, IOException {
        Reference reference = request.reference();
        if (reference == null) {
            return;
        }
        int newest = reference.newestJava();
        if (newest > Integer.parseInt(forkJava)) {
            throw new AllocBudgetException("allocbudget: the reference " + reference.name() + " ("
                    + reference.location() + ") is compiled for Java " + newest + ", and the forks run on Java "
                    + forkJava + ", which cannot load it. Compare with a reference built for Java " + forkJava
                    + " or older, or run the forks on Java " + newest + " or later (-D" + PropertyNames.JVM + ").");
        }
    }

    /** Includes that select nothing among the methods found are most likely a typo: say so, with the closest ids. */
    private void requireSelected(IdFilter filter, List<BudgetMethod> found, List<BudgetMethod> selected)
            throws AllocBudgetException {
        if (filter.all() || !selected.isEmpty() || found.isEmpty() || !request.failIfNoMethods()) {
            return;
        }
        List<String> ids = found.stream().map(m -> m.id().toString()).toList();
        throw new AllocBudgetException("allocbudget: no budget method matches " + PropertyNames.INCLUDES + "="
                + String.join(",", request.includes()) + " among the " + ids.size() + " found in "
                + request.testClassesDir() + ". The closest: " + String.join(", ", IdFilter.closest(
                request.includes(), ids, 3)) + ". Correct the pattern (an id is com.acme.Class#method), or set -D"
                + PropertyNames.FAIL_IF_NO_METHODS + "=false to pass when it selects nothing, as in the modules of"
                + " a build that do not have the methods.");
    }

    /** A baseline file the user named must be there to compare with; the default one may be absent (none yet). */
    private void requireNamedBaselineFile() throws AllocBudgetException {
        Path file = request.baselineFile();
        if (request.compareWithBaseline() && request.baselineFileNamed() && !Files.exists(file)) {
            throw new AllocBudgetException("allocbudget: the baseline file " + file + " does not exist; it was named"
                    + " by -D" + PropertyNames.BASELINE_FILE + " or the plugin's <baselineFile>. Correct the path, or"
                    + " record the baseline there first: mvn allocbudget:baseline -D" + PropertyNames.BASELINE_FILE
                    + "=" + file);
        }
    }

    private void requireCompiledTests() throws AllocBudgetException {
        if (!Files.isDirectory(request.testClassesDir())) {
            throw new AllocBudgetException("allocbudget: the test classes are not compiled (" + request.testClassesDir()
                    + " does not exist). Run 'mvn test-compile' first, or run the check as part of 'mvn verify'.");
        }
    }

    private Environment environmentOf(DiscoveryReply discovery) throws AllocBudgetException {
        if (discovery.problem() != null) {
            throw new AllocBudgetException("allocbudget: could not list the budget methods in "
                    + request.testClassesDir() + ": " + ProblemText.of(discovery.problem())
                    + "\nFork logs: " + request.reportDir().resolve("forks"));
        }
        return discovery.environment();
    }

    /** True when the module has Java test sources, so a missing test-classes directory means "not compiled". */
    public static boolean hasTestSources(Path testSourceDir) throws IOException {
        if (!Files.isDirectory(testSourceDir)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(testSourceDir)) {
            return files.anyMatch(p -> p.toString().endsWith(".java"));
        }
    }
}
