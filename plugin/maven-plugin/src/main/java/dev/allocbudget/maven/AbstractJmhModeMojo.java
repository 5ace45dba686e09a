package dev.allocbudget.maven;

import dev.allocbudget.core.model.AllocBudgetException;
import dev.allocbudget.core.CheckRequest;
import dev.allocbudget.core.model.PropertyNames;
import dev.allocbudget.core.jmh.JmhOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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

    // Without a value, each of these takes its default, unless a @Benchmark method has an annotation of its own for
    // it (@Fork, @Warmup, @Measurement, @BenchmarkMode, @OutputTimeUnit), which then wins; a value set here wins over
    // the annotations, as JMH's command line does.

    /** JMH forks per method; by default 1, or a {@code @Benchmark} method's own {@code @Fork}. */
    @Parameter(property = PropertyNames.JMH_FORKS)
    Integer jmhForks;

    /** JMH warm-up iterations per fork; by default 2, or the method's own {@code @Warmup}. */
    @Parameter(property = PropertyNames.JMH_WARMUP_ITERATIONS)
    Integer jmhWarmupIterations;

    /** Length of a JMH warm-up iteration ({@code 500ms}, {@code 1s}); by default 500ms, or the method's own. */
    @Parameter(property = PropertyNames.JMH_WARMUP_TIME)
    String jmhWarmupTime;

    /** JMH measurement iterations per fork; by default 5, or the method's own {@code @Measurement}. */
    @Parameter(property = PropertyNames.JMH_ITERATIONS)
    Integer jmhIterations;

    /** Length of a JMH measurement iteration ({@code 500ms}, {@code 1s}); by default 500ms, or the method's own. */
    @Parameter(property = PropertyNames.JMH_ITERATION_TIME)
    String jmhIterationTime;

    /**
     * JMH mode: {@code avgt} (time per call, the default), {@code thrpt}, {@code sample} or {@code ss}; or the
     * method's own {@code @BenchmarkMode}.
     */
    @Parameter(property = PropertyNames.JMH_MODE)
    String jmhMode;

    /** JMH time unit: {@code ns} (the default), {@code us}, {@code ms} or {@code s}; or the method's own. */
    @Parameter(property = PropertyNames.JMH_TIME_UNIT)
    String jmhTimeUnit;

    /** Whether JMH runs too. */
    boolean runsJmh() {
        return jmh;
    }

    @Override
    final CheckRequest request(Path testClasses) throws MojoExecutionException, AllocBudgetException {
        CheckRequest.Builder request = measuring(testClasses);
        if (runsJmh()) {
            request.jmh(JmhOptions.of(
                    whole(jmhForks, PropertyNames.JMH_FORKS),
                    whole(jmhWarmupIterations, PropertyNames.JMH_WARMUP_ITERATIONS),
                    orOldName(jmhWarmupTime, PropertyNames.JMH_WARMUP_TIME),
                    whole(jmhIterations, PropertyNames.JMH_ITERATIONS),
                    orOldName(jmhIterationTime, PropertyNames.JMH_ITERATION_TIME),
                    orOldName(jmhMode, PropertyNames.JMH_MODE),
                    orOldName(jmhTimeUnit, PropertyNames.JMH_TIME_UNIT))).jmhClasspath(jmhJars());
        }
        return request.build();
    }

    /**
     * A setting Maven left unset, from the old name of its property ({@link PropertyNames#OLD_NAMES}) when the user
     * gave that one: looked up where Maven looks up a parameter's property (user, system, then project properties).
     */
    private String orOldName(String value, String name) {
        if (value != null) {
            return value;
        }
        String oldName = PropertyNames.OLD_NAMES.entrySet().stream().filter(e -> e.getValue().equals(name))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        for (Properties properties : List.of(session.getUserProperties(), session.getSystemProperties(),
                project.getProperties())) {
            String old = properties.getProperty(oldName);
            if (old != null) {
                return old;
            }
        }
        return null;
    }

    private Integer whole(Integer value, String name) throws AllocBudgetException {
        String text = orOldName(value == null ? null : value.toString(), name);
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new AllocBudgetException("allocbudget: " + name + " is '" + text + "'; give a whole number");
        }
    }
}
