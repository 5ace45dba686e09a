package dev.allocbudget.maven;

import dev.allocbudget.core.CheckRequest;
import dev.allocbudget.core.model.PropertyNames;
import java.io.File;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.toolchain.ToolchainManager;
import org.codehaus.plexus.util.cli.CommandLineUtils;

/** The parameters of the forked JVMs that measure: which JDK, their flags, how many at once, their time limits. */
abstract class AbstractForkingMojo extends AbstractAllocBudgetMojo {

    /** Extra flags for the forked JVMs, e.g. {@code --add-exports java.base/sun.nio.ch=ALL-UNNAMED}. */
    @Parameter(property = PropertyNames.JVM_ARGS)
    String jvmArgs;

    /** A forked JVM still running after this many seconds is killed and its method reported as an error. */
    @Parameter(property = PropertyNames.FORK_TIMEOUT_SECONDS, defaultValue = "120")
    int forkTimeoutSeconds;

    /**
     * How many JVMs may measure at the same time; by default one per available processor. A limit for the whole
     * build: with {@code mvn -T 2}, the modules' measuring forks together stay within it. The figures do not depend
     * on it (they are byte counts, not times), only the wall time does. Each method's confirming forks still run one
     * after the other, and JMH's JVMs ({@code allocbudget.jmh}) always run alone. {@code 1} measures one method at a
     * time.
     */
    @Parameter(property = PropertyNames.FORKS)
    Integer forks;

    /**
     * Whose allocation a figure counts: {@code all} (the default) counts every thread of the fork while the calls
     * run, as JMH's GC profiler does, so work handed to an executor or a parallel stream counts; {@code caller}
     * counts only the thread that calls the method.
     */
    @Parameter(property = PropertyNames.THREADS, defaultValue = "all")
    String threads;

    /**
     * In which compile orders each method is measured. C2 may compile a method and its callees in either order (in
     * a JVM that compiles in the background, as JMH's forks and production JVMs do, timing picks one), and the order
     * can decide which objects escape analysis removes. {@code larger} (the default) measures each method with its
     * callees compiled first and with the method compiled first (a fork more per method), reports both figures where
     * they differ, and lets the larger decide; {@code smaller} lets the smaller decide; {@code one} measures with the
     * callees compiled first only.
     */
    @Parameter(property = PropertyNames.COMPILE_ORDERS, defaultValue = "larger")
    String compileOrders;

    /** A method whose bytes/op has not settled after this many seconds of calls is reported as an error. */
    @Parameter(property = PropertyNames.SETTLE_TIMEOUT_SECONDS, defaultValue = "20")
    int settleTimeoutSeconds;

    /**
     * How objects are counted: {@code agent} (the default) uses the native JVMTI agent where the plugin carries one
     * (Linux x86-64) and JFR elsewhere; {@code jfr} always uses JFR, the pure-Java route, which needs a JVM of its
     * own per count (without TLABs, G1) and seconds instead of a fraction of one.
     */
    @Parameter(property = PropertyNames.OBJECT_COUNTER, defaultValue = "agent")
    String objectCounter;

    /**
     * The {@code java} executable for the forks. Wins over {@code jdkToolchain} and the build's toolchain; without
     * any of them, the forks run on the JDK running Maven.
     */
    @Parameter(property = PropertyNames.JVM)
    File jvm;

    /**
     * The JDK toolchain the forks run on, with Surefire's meaning: requirements matched against the toolchains of
     * the build ({@code ~/.m2/toolchains.xml}, or {@code -t file}), e.g.
     * {@code <jdkToolchain><version>21</version></jdkToolchain>}. Without it, the forks run on the JDK toolchain
     * {@code maven-toolchains-plugin} chose for the build, if any.
     */
    @Parameter
    Map<String, String> jdkToolchain;

    @Inject
    ToolchainManager toolchainManager;

    /** The request with the forks' settings as the user gave them. */
    CheckRequest.Builder forking(CheckRequest.Builder request) throws MojoExecutionException {
        return request
                .java(ForkJava.choose(jvm, jdkToolchain, toolchainManager, session, getLog()))
                .jvmArgs(jvmArgs())
                .forkTimeout(Duration.ofSeconds(forkTimeoutSeconds))
                .settleTimeout(Duration.ofSeconds(settleTimeoutSeconds))
                .forks(forks != null ? forks : CheckRequest.defaultForks())
                .threads(threads)
                .compileOrders(compileOrders)
                .objectCounter(objectCounter);
    }

    /** A POM value may span lines: any run of whitespace separates two flags. */
    private List<String> jvmArgs() throws MojoExecutionException {
        try {
            return jvmArgs == null || jvmArgs.isBlank() ? List.of()
                    : Arrays.asList(CommandLineUtils.translateCommandline(jvmArgs.trim().replaceAll("\\s+", " ")));
        } catch (Exception e) {
            throw new MojoExecutionException(PropertyNames.JVM_ARGS + " cannot be parsed: " + jvmArgs, e);
        }
    }
}
