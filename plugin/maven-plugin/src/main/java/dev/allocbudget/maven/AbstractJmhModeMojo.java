package dev.allocbudget.maven;

import dev.allocbudget.core.AllocBudgetException;
import dev.allocbudget.core.CheckRequest;
import dev.allocbudget.core.PropertyNames;
import dev.allocbudget.core.jmh.JmhOptions;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters of JMH mode, and the whole request: JMH's jars are resolved only when JMH mode runs. */
abstract class AbstractJmhModeMojo extends AbstractMeasuringMojo {

    /**
     * Also runs every method under JMH, with its GC profiler: time per call with its error, and JMH's
     * {@code gc.alloc.rate.norm} beside the check's bytes/op. Nothing to set up in the project: the plugin brings JMH
     * and generates the benchmarks. Goal {@code jmh} turns this on.
     */
    @Parameter(property = PropertyNames.JMH, defaultValue = "false")
    boolean jmh;

    /** JMH forks per method. */
    @Parameter(property = PropertyNames.JMH_FORKS, defaultValue = "1")
    int jmhForks;

    /** JMH warm-up iterations per fork. */
    @Parameter(property = PropertyNames.JMH_WARMUP_ITERATIONS, defaultValue = "2")
    int jmhWarmupIterations;

    /** Length of a JMH warm-up iteration: {@code 500ms}, {@code 1s}. */
    @Parameter(property = PropertyNames.JMH_WARMUP_TIME, defaultValue = "500ms")
    String jmhWarmupTime;

    /** JMH measurement iterations per fork. */
    @Parameter(property = PropertyNames.JMH_ITERATIONS, defaultValue = "5")
    int jmhIterations;

    /** Length of a JMH measurement iteration: {@code 500ms}, {@code 1s}. */
    @Parameter(property = PropertyNames.JMH_ITERATION_TIME, defaultValue = "500ms")
    String jmhIterationTime;

    /** JMH mode: {@code avgt} (time per call), {@code thrpt}, {@code sample} or {@code ss}. */
    @Parameter(property = PropertyNames.JMH_MODE, defaultValue = "avgt")
    String jmhMode;

    /** JMH time unit: {@code ns}, {@code us}, {@code ms} or {@code s}. */
    @Parameter(property = PropertyNames.JMH_TIME_UNIT, defaultValue = "ns")
    String jmhTimeUnit;

    /** Whether JMH runs too. */
    boolean runsJmh() {
        return jmh;
    }

    @Override
    final CheckRequest request(Path testClasses) throws MojoExecutionException, AllocBudgetException {
        CheckRequest.Builder request = measuring(testClasses);
        if (runsJmh()) {
            request.jmh(JmhOptions.of(jmhForks, jmhWarmupIterations, jmhWarmupTime, jmhIterations, jmhIterationTime,
                    jmhMode, jmhTimeUnit)).jmhClasspath(jmhJars());
        }
        return request.build();
    }
}
