package dev.allocbudget.core;

import dev.allocbudget.core.fork.ForkSettings;
import dev.allocbudget.core.jmh.JmhOptions;
import dev.allocbudget.core.model.AllocBudgetException;
import dev.allocbudget.core.model.CompileOrders;
import dev.allocbudget.core.report.Reports;
import dev.allocbudget.runner.protocol.MeasureCommand.Threads;
import dev.allocbudget.runner.protocol.MethodId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Everything a check needs, in Maven-free terms, made with {@link #builder()}: {@code projectDir},
 * {@code testClassesDir} and {@code reportDir} must be set, everything else has a default. {@link Builder#build()}
 * refuses values the user must correct, with a message that names the property to set.
 */
public final class CheckRequest {
    public static final Duration DEFAULT_FORK_TIMEOUT = Duration.ofSeconds(120);
    public static final Duration DEFAULT_SETTLE_TIMEOUT = Duration.ofSeconds(20);

    private final Builder b;

    private CheckRequest(Builder b) {
        this.b = b;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Working directory of the forks (the module's base directory). */
    public Path projectDir() { return b.projectDir; }

    /** Compiled test classes, scanned for budget methods. */
    public Path testClassesDir() { return b.testClassesDir; }

    /** The module's test classpath, in order. */
    public List<Path> classpath() { return b.classpath; }

    /** The module's own compiled classes, an entry of {@link #classpath()}: what a reference takes the place of. */
    public Path mainClassesDir() { return b.mainClassesDir; }

    /** The code to compare this build's with, measured in the same run; {@code null}: none. */
    public Reference reference() { return b.reference; }

    /** The test classpath with the reference's classes in place of the module's own. */
    public List<Path> referenceClasspath() {
        return b.classpath.stream().map(p -> p.equals(b.mainClassesDir) ? b.reference.location() : p).toList();
    }

    /** The {@code java} executable the forks run on. */
    public Path java() { return b.java != null ? b.java : currentJava(); }

    /** The user's extra flags for every fork. */
    public List<String> jvmArgs() { return b.jvmArgs; }

    /** Whose allocation counts: every thread of the fork, or the caller's only. */
    public Threads threads() { return b.threads; }

    /** Id globs ({@code *} and {@code ?}); empty means every method. */
    public List<String> includes() { return b.includes; }

    /** Whether includes that select no method fail the check (as Surefire's {@code failIfNoSpecifiedTests}). */
    public boolean failIfNoMethods() { return b.failIfNoMethods; }

    /** When not null, only the methods with these ids are measured (a JUnit launcher's selection), within includes. */
    public Set<MethodId> methodIds() { return b.methodIds; }

    /** A fork still running after this long is killed. */
    public Duration forkTimeout() { return b.forkTimeout; }

    /** A figure that has not settled after this long is an error. */
    public Duration settleTimeout() { return b.settleTimeout; }

    /** Where {@code report.json} and the fork logs go. */
    public Path reportDir() { return b.reportDir; }

    /** Where {@code TEST-allocbudget.xml} goes: by default with the other reports. */
    public Path junitReportsDir() { return b.junitReportsDir != null ? b.junitReportsDir : b.reportDir; }

    /** Written into the reports. */
    public String pluginVersion() { return b.pluginVersion; }

    /** Count objects and their sites for every method, not only where a budget needs them. */
    public boolean sites() { return b.sites; }

    /** In which compile orders each method is measured, and which figure decides. */
    public CompileOrders compileOrders() { return b.compileOrders; }

    /** Count objects with the pure-Java JFR route even where the native agent is available. */
    public boolean objectsWithJfr() { return b.objectsWithJfr; }

    /** The module's baseline file: read (and so validated) always, compared with when it exists and asked to. */
    public Path baselineFile() { return b.baselineFile; }

    /** False while recording a baseline: the figures are being accepted, not judged. */
    public boolean compareWithBaseline() { return b.compareWithBaseline; }

    /**
     * True when the user named the baseline file (not the default one): compared with, it must exist, since a path
     * with a typo would otherwise turn the comparison off without a word.
     */
    public boolean baselineFileNamed() { return b.baselineFileNamed; }

    /** The tolerance of methods whose annotation gives none. */
    public double baselineTolerancePercent() { return b.baselineTolerancePercent; }

    /** A file to append {@code report.md} to (GitHub's {@code GITHUB_STEP_SUMMARY}), or {@code null}. */
    public Path stepSummary() { return b.stepSummary; }

    /** Run every method under JMH too, with these options; {@code null}: don't. */
    public JmhOptions jmh() { return b.jmh; }

    /** The JMH driver ({@code allocbudget-jmh}) and JMH's jars, for the forks that run JMH. */
    public List<Path> jmhClasspath() { return b.jmhClasspath; }

    /**
     * Fail methods whose JMH time is clearly worse than the reference's, measured beside it, by more than this
     * percentage; {@code null}: never. Needs a {@link #reference()}.
     */
    public Double timeGateTolerancePercent() { return b.timeGateTolerancePercent; }

    /**
     * How many measuring forks may run at the same time, in this check and every other check in this JVM (the
     * modules of a parallel build) together: see {@code fork.ForkSlots}. JMH's JVMs always run alone.
     */
    public int forks() { return b.forks; }

    /**
     * Where the measuring forks' class-data archives are kept across builds, one per JDK (see
     * {@code fork.ClassDataArchive}); {@code null}: the forks run without one.
     */
    public Path classDataArchiveDir() { return b.classDataArchiveDir; }

    /**
     * Where figures are stored for later builds to reuse, keyed by everything they depend on (see
     * {@code store.ResultStore}); {@code null}: nothing is stored or reused.
     */
    public Path storeDir() { return b.storeDir; }

    /** False to measure every method in this build (the store is still written, for the next). */
    public boolean reuse() { return b.reuse; }

    /** What the forks are started with: the part of this request they need. */
    public ForkSettings forkSettings() {
        return new ForkSettings(java(), projectDir(), reportDir(), classpath(),
                reference() == null ? null : referenceClasspath(), jmhClasspath(), jvmArgs(), forkTimeout(),
                settleTimeout(), forks(), threads(), objectsWithJfr(), classDataArchiveDir());
    }

    /** Where the reports of this check go. */
    public Reports reports() {
        return new Reports(reportDir(), junitReportsDir(), projectDir(), baselineFile(), stepSummary());
    }

    /** The default number of measuring forks at a time: one per processor available to this JVM. */
    public static int defaultForks() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The {@code java} of the JVM this code runs in. */
    public static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** Named setters for a request; each returns this builder. */
    public static final class Builder implements Cloneable {
        Path projectDir;
        Path testClassesDir;
        List<Path> classpath = List.of();
        Path mainClassesDir;
        Reference reference;
        Path java;
        List<String> jvmArgs = List.of();
        List<String> includes = List.of();
        Set<MethodId> methodIds;
        boolean failIfNoMethods = true;
        Duration forkTimeout = DEFAULT_FORK_TIMEOUT;
        Duration settleTimeout = DEFAULT_SETTLE_TIMEOUT;
        Path reportDir;
        Path junitReportsDir;
        String pluginVersion;
        boolean sites;
        String objectCounter = "agent";
        String compileOrdersName = CompileOrders.DEFAULT;
        CompileOrders compileOrders;
        boolean objectsWithJfr;
        Path baselineFile;
        boolean baselineFileNamed;
        boolean compareWithBaseline = true;
        double baselineTolerancePercent;
        Path stepSummary;
        JmhOptions jmh;
        List<Path> jmhClasspath = List.of();
        Double timeGateTolerancePercent;
        int forks = 1;
        String threadsName = "all";
        Threads threads;
        Path storeDir;
        boolean reuse = true;
        Path classDataArchiveDir = Path.of(System.getProperty("java.io.tmpdir"),
                "allocbudget-" + System.getProperty("user.name"));

        private Builder() {}

        public Builder projectDir(Path dir) { projectDir = dir; return this; }
        public Builder testClassesDir(Path dir) { testClassesDir = dir; return this; }
        public Builder classpath(List<Path> entries) { classpath = List.copyOf(entries); return this; }
        /** Needed with a reference: the classpath entry it replaces. */
        public Builder mainClassesDir(Path dir) { mainClassesDir = dir; return this; }
        public Builder reference(Reference code) { reference = code; return this; }
        /** Default ({@code null}): the {@code java} running this code. */
        public Builder java(Path executable) { java = executable; return this; }
        public Builder jvmArgs(List<String> flags) { jvmArgs = List.copyOf(flags); return this; }
        public Builder includes(List<String> globs) { includes = List.copyOf(globs); return this; }
        public Builder failIfNoMethods(boolean fail) { failIfNoMethods = fail; return this; }
        public Builder methodIds(Set<MethodId> ids) { methodIds = ids == null ? null : Set.copyOf(ids); return this; }
        public Builder forkTimeout(Duration timeout) { forkTimeout = timeout; return this; }
        public Builder settleTimeout(Duration timeout) { settleTimeout = timeout; return this; }
        public Builder reportDir(Path dir) { reportDir = dir; return this; }
        public Builder junitReportsDir(Path dir) { junitReportsDir = dir; return this; }
        public Builder pluginVersion(String version) { pluginVersion = version; return this; }
        public Builder sites(boolean everyMethod) { sites = everyMethod; return this; }
        /** {@code larger} (the default), {@code smaller} or {@code one}: see {@link CompileOrders}. */
        public Builder compileOrders(String value) { compileOrdersName = value; return this; }
        /** {@code agent} (the native agent where available, JFR elsewhere) or {@code jfr}. */
        public Builder objectCounter(String counter) { objectCounter = counter; return this; }
        /** Default {@code projectDir/allocbudget-baseline.json}. */
        public Builder baselineFile(Path file) { baselineFile = file; return this; }
        public Builder baselineFileNamed(boolean named) { baselineFileNamed = named; return this; }
        public Builder compareWithBaseline(boolean compare) { compareWithBaseline = compare; return this; }
        public Builder baselineTolerancePercent(double percent) { baselineTolerancePercent = percent; return this; }
        public Builder stepSummary(Path file) { stepSummary = file; return this; }
        public Builder jmh(JmhOptions options) { jmh = options; return this; }
        public Builder jmhClasspath(List<Path> jars) { jmhClasspath = List.copyOf(jars); return this; }
        public Builder timeGateTolerancePercent(Double percent) { timeGateTolerancePercent = percent; return this; }
        /** Default 1: one measuring fork at a time. */
        public Builder forks(int atOnce) { forks = atOnce; return this; }
        /** {@code all} (every thread of the fork, the default) or {@code caller}. */
        public Builder threads(String whose) { threadsName = whose; return this; }
        /** Default {@code null}: no result store. */
        public Builder storeDir(Path dir) { storeDir = dir; return this; }
        /** Default {@code true}: reuse stored figures whose inputs did not change. */
        public Builder reuse(boolean reuseStored) { reuse = reuseStored; return this; }
        /** Default: {@code allocbudget-<user>} in the temp directory; {@code null}: no archive. */
        public Builder classDataArchiveDir(Path dir) { classDataArchiveDir = dir; return this; }

        /** The request (a snapshot: this builder can go on); throws with what to correct in a value. */
        public CheckRequest build() throws AllocBudgetException {
            Builder request = clone();
            RequestValidation.complete(request);
            return new CheckRequest(request);
        }

        @Override
        protected Builder clone() {
            try {
                return (Builder) super.clone(); // every list is immutable
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
