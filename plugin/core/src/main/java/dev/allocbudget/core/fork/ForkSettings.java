package dev.allocbudget.core.fork;

import dev.allocbudget.runner.protocol.MeasureCommand;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What the forks of one check are started with.
 *
 * @param java                the {@code java} executable
 * @param workDir             the forks' working directory (the module's)
 * @param reportDir           where the forks' logs ({@code forks/}) and the native agent go
 * @param classpath           the module's test class path, in order
 * @param referenceClasspath  the same with the reference's classes in place of the module's; {@code null} without a
 *                            reference
 * @param jmhClasspath        the JMH driver and JMH's jars, for JMH's JVMs; empty outside JMH mode
 * @param jvmArgs             the user's flags for every fork
 * @param forkTimeout         a fork still running after this long is killed
 * @param settleTimeout       a figure not settled after this long is an error
 * @param forks               how many measuring forks may run at once, across the build
 * @param threads             whose allocation counts
 * @param objectsWithJfr      count objects with JFR even where the native agent is available
 * @param classDataArchiveDir where the forks' class-data archives are kept; {@code null}: none
 */
public record ForkSettings(Path java, Path workDir, Path reportDir, List<Path> classpath,
        List<Path> referenceClasspath, List<Path> jmhClasspath, List<String> jvmArgs, Duration forkTimeout,
        Duration settleTimeout, int forks, MeasureCommand.Threads threads, boolean objectsWithJfr,
        Path classDataArchiveDir) {

    public ForkSettings {
        classpath = List.copyOf(classpath);
        referenceClasspath = referenceClasspath == null ? null : List.copyOf(referenceClasspath);
        jmhClasspath = List.copyOf(jmhClasspath);
        jvmArgs = List.copyOf(jvmArgs);
    }

    /** Where the forks' files go. */
    Path forkDir() {
        return reportDir.resolve("forks");
    }
}
