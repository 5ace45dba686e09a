package dev.allocbudget.core.model;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The user properties of the goals, in one place: the mojos' {@code @Parameter(property = ...)} (compile-time
 * constants) and the core's messages that tell the user what to set. One rule names them: {@code allocbudget.}
 * followed by the parameter's name ({@code jmhIterations}: {@code allocbudget.jmhIterations}).
 */
public final class PropertyNames {
    public static final String SKIP = "allocbudget.skip";
    public static final String INCLUDES = "allocbudget.includes";
    public static final String FAIL_IF_NO_METHODS = "allocbudget.failIfNoMethods";
    public static final String JVM_ARGS = "allocbudget.jvmArgs";
    public static final String JVM = "allocbudget.jvm";
    public static final String FORK_TIMEOUT_SECONDS = "allocbudget.forkTimeoutSeconds";
    public static final String SETTLE_TIMEOUT_SECONDS = "allocbudget.settleTimeoutSeconds";
    public static final String FORKS = "allocbudget.forks";
    /** Also the system property the forks read. */
    public static final String THREADS = "allocbudget.threads";
    public static final String OBJECT_COUNTER = "allocbudget.objectCounter";
    public static final String SITES = "allocbudget.sites";
    public static final String COMPILE_ORDERS = "allocbudget.compileOrders";
    public static final String BASELINE_FILE = "allocbudget.baselineFile";
    public static final String BASELINE_TOLERANCE_PERCENT = "allocbudget.baselineTolerancePercent";
    public static final String FAIL_ON_VIOLATION = "allocbudget.failOnViolation";
    public static final String RATCHET = "allocbudget.ratchet";
    public static final String JMH = "allocbudget.jmh";
    public static final String JMH_FORKS = "allocbudget.jmhForks";
    public static final String JMH_WARMUP_ITERATIONS = "allocbudget.jmhWarmupIterations";
    public static final String JMH_WARMUP_TIME = "allocbudget.jmhWarmupTime";
    public static final String JMH_ITERATIONS = "allocbudget.jmhIterations";
    public static final String JMH_ITERATION_TIME = "allocbudget.jmhIterationTime";
    public static final String JMH_MODE = "allocbudget.jmhMode";
    public static final String JMH_TIME_UNIT = "allocbudget.jmhTimeUnit";
    public static final String TIME_GATE = "allocbudget.timeGate";
    public static final String TIME_TOLERANCE_PERCENT = "allocbudget.timeTolerancePercent";
    public static final String REFERENCE = "allocbudget.reference";
    /** Where figures are stored for later builds to reuse. */
    public static final String STORE = "allocbudget.store";
    /** {@code false} measures every method again in one build. */
    public static final String REUSE = "allocbudget.reuse";
    public static final String JUNIT_REPORTS_DIRECTORY = "allocbudget.junitReportsDirectory";
    public static final String STEP_SUMMARY = "allocbudget.stepSummary";
    /** {@code false} switches the JUnit engine off, for builds whose {@code verify} runs the budgets in the plugin. */
    public static final String JUNIT_ENABLED = "allocbudget.junit.enabled";
    /** Not a setting: the name poms commonly give the plugin's version, which is no mistake to warn about. */
    public static final String VERSION = "allocbudget.version";
    /**
     * The names the JMH settings had before the rule above, still read (a new name wins over its old one): each
     * old name with its new one.
     */
    public static final Map<String, String> OLD_NAMES = Map.of(
            "allocbudget.jmh.forks", JMH_FORKS,
            "allocbudget.jmh.warmupIterations", JMH_WARMUP_ITERATIONS,
            "allocbudget.jmh.warmupTime", JMH_WARMUP_TIME,
            "allocbudget.jmh.iterations", JMH_ITERATIONS,
            "allocbudget.jmh.iterationTime", JMH_ITERATION_TIME,
            "allocbudget.jmh.mode", JMH_MODE,
            "allocbudget.jmh.timeUnit", JMH_TIME_UNIT);
    /** Surefire's switch, which {@code check} honours too. */
    public static final String SKIP_TESTS = "skipTests";
    /** Surefire's switch for reporting failed tests without failing the build, which {@code check} honours too. */
    public static final String TEST_FAILURE_IGNORE = "maven.test.failure.ignore";
    /** Maven's switch for not even compiling the tests. */
    public static final String MAVEN_TEST_SKIP = "maven.test.skip";

    private PropertyNames() {}

    /** Every {@code allocbudget.*} name above but {@link #VERSION}: the settings of the goals and the engine. */
    public static Set<String> settings() {
        Set<String> names = new TreeSet<>();
        for (Field field : PropertyNames.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    String name = (String) field.get(null);
                    if (name.startsWith("allocbudget.") && !name.equals(VERSION)) {
                        names.add(name);
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e); // public fields of this class: cannot happen
                }
            }
        }
        return Collections.unmodifiableSet(names);
    }
}
