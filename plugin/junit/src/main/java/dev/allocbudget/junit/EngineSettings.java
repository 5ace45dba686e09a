package dev.allocbudget.junit;

import dev.allocbudget.core.CheckRequest;
import dev.allocbudget.core.model.AllocBudgetException;
import dev.allocbudget.core.model.CompileOrders;
import dev.allocbudget.core.model.PropertyNames;
import dev.allocbudget.runner.protocol.MethodId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The engine's settings: JUnit configuration parameters with the names of the plugin's user properties
 * ({@code allocbudget.jvm}, ...), from {@code junit-platform.properties}, the launcher (Surefire's
 * {@code configurationParameters}, an IDE's run configuration) or system properties, as JUnit looks them up.
 */
final class EngineSettings {
    /** {@code false} switches the engine off, for builds whose {@code verify} runs the same budgets in the plugin. */
    static final String ENABLED = PropertyNames.JUNIT_ENABLED;

    /** Every setting the engine reads; the plugin's other ones (JMH mode, the time gate, ...) it does not. */
    static final Set<String> READ = Set.of(ENABLED, PropertyNames.INCLUDES, PropertyNames.JVM_ARGS,
            PropertyNames.FORK_TIMEOUT_SECONDS, PropertyNames.SETTLE_TIMEOUT_SECONDS, PropertyNames.FORKS,
            PropertyNames.THREADS, PropertyNames.COMPILE_ORDERS, PropertyNames.OBJECT_COUNTER, PropertyNames.SITES,
            PropertyNames.BASELINE_TOLERANCE_PERCENT, PropertyNames.STORE, PropertyNames.REUSE, PropertyNames.JVM,
            PropertyNames.BASELINE_FILE, PropertyNames.FAIL_ON_VIOLATION, PropertyNames.RATCHET);

    private final ConfigurationParameters parameters;
    private final String version;

    EngineSettings(ConfigurationParameters parameters, String version) {
        this.parameters = parameters;
        this.version = version;
    }

    /** {@code allocbudget.includes}: comma-separated id globs, as on the plugin's command line. */
    static List<String> includes(ConfigurationParameters parameters) {
        return parameters.get(PropertyNames.INCLUDES)
                .map(globs -> Arrays.stream(globs.split(",")).map(String::trim).filter(g -> !g.isEmpty()).toList())
                .orElse(List.of());
    }

    /**
     * The check of the rows in {@code ids}, compiled into {@code classRoot}: the same request the plugin makes, with
     * the module's directory derived from the class root, and the reports and fork logs beside the class root
     * ({@code target/allocbudget-junit}), apart from the plugin's.
     */
    CheckRequest request(Path classRoot, List<Path> classpath, Set<MethodId> ids) throws AllocBudgetException {
        Path module = moduleDir(classRoot);
        CheckRequest.Builder builder = CheckRequest.builder()
                .projectDir(module)
                .testClassesDir(classRoot)
                .classpath(classpath)
                .methodIds(ids)
                .jvmArgs(jvmArgs())
                .forkTimeout(Duration.ofSeconds(number(PropertyNames.FORK_TIMEOUT_SECONDS, 120)))
                .settleTimeout(Duration.ofSeconds(number(PropertyNames.SETTLE_TIMEOUT_SECONDS, 20)))
                .forks((int) number(PropertyNames.FORKS, CheckRequest.defaultForks()))
                .threads(parameters.get(PropertyNames.THREADS).orElse("all"))
                .compileOrders(parameters.get(PropertyNames.COMPILE_ORDERS).orElse(CompileOrders.DEFAULT))
                .objectCounter(parameters.get(PropertyNames.OBJECT_COUNTER).orElse("agent"))
                .sites(parameters.getBoolean(PropertyNames.SITES).orElse(false))
                .baselineTolerancePercent(percent(PropertyNames.BASELINE_TOLERANCE_PERCENT))
                .reportDir(classRoot.getParent().resolve("allocbudget-junit"))
                .storeDir(parameters.get(PropertyNames.STORE).map(Path::of)
                        .orElse(classRoot.getParent().resolve("allocbudget").resolve("store")))
                .reuse(parameters.getBoolean(PropertyNames.REUSE).orElse(true))
                .pluginVersion(version);
        parameters.get(PropertyNames.JVM).map(Path::of).ifPresent(builder::java);
        // a file named must exist (the default one may be absent): the check stops on a typo in the path
        parameters.get(PropertyNames.BASELINE_FILE).map(f -> module.resolve(f))
                .ifPresent(f -> builder.baselineFile(f).baselineFileNamed(true));
        return builder.build();
    }

    /** {@code allocbudget.failOnViolation}: whether a method over its budget or baseline fails its test. */
    boolean failOnViolation() {
        return parameters.getBoolean(PropertyNames.FAIL_ON_VIOLATION).orElse(true);
    }

    /** {@code allocbudget.ratchet}: whether a run in which every method passed tightens the baseline file. */
    boolean ratchet() {
        return parameters.getBoolean(PropertyNames.RATCHET).orElse(false);
    }

    /**
     * The module the classes belong to: above {@code target/test-classes} in a Maven layout; otherwise Surefire's
     * {@code basedir}, or the working directory, which IDEs and the console launcher set to the module's.
     */
    static Path moduleDir(Path classRoot) {
        Path target = classRoot.getParent();
        if (classRoot.endsWith("test-classes") && target != null && target.endsWith("target")
                && target.getParent() != null) {
            return target.getParent();
        }
        String basedir = System.getProperty("basedir");
        return Path.of(basedir != null ? basedir : System.getProperty("user.dir")).toAbsolutePath();
    }

    private long number(String key, long otherwise) throws AllocBudgetException {
        String value = parameters.get(key).orElse(null);
        if (value == null) {
            return otherwise;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new AllocBudgetException(key + " is '" + value + "'; give a whole number");
        }
    }

    private double percent(String key) throws AllocBudgetException {
        String value = parameters.get(key).orElse("0");
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new AllocBudgetException(key + " is '" + value + "'; give a percentage from 0 to 1000");
        }
    }

    /** {@code allocbudget.jvmArgs}: flags separated by whitespace; quotes keep a flag with spaces together. */
    private List<String> jvmArgs() throws AllocBudgetException {
        String line = parameters.get(PropertyNames.JVM_ARGS).orElse("");
        List<String> flags = new ArrayList<>();
        StringBuilder flag = new StringBuilder();
        char quote = 0;
        boolean inFlag = false;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) quote = 0;
                else flag.append(c);
            } else if (c == '"' || c == '\'') {
                quote = c;
                inFlag = true;
            } else if (Character.isWhitespace(c)) {
                if (inFlag) flags.add(flag.toString());
                flag.setLength(0);
                inFlag = false;
            } else {
                flag.append(c);
                inFlag = true;
            }
        }
        if (quote != 0) {
            throw new AllocBudgetException(PropertyNames.JVM_ARGS + " has an unclosed quote: " + line);
        }
        if (inFlag) {
            flags.add(flag.toString());
        }
        return flags;
    }
}
