package dev.allocbudget.maven;

import dev.allocbudget.core.MainCodeBudgets;
import dev.allocbudget.core.StaleClasses;
import dev.allocbudget.core.UnknownProperties;
import dev.allocbudget.core.report.ConsoleText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * What every goal checks of the build before it measures, so that nothing the user set or wrote is passed over in
 * silence: properties no goal reads, budgets in the main code, sources changed since they were compiled.
 */
final class ProjectChecks {
    private static final String UNKNOWN_PROPERTIES_CHECKED = "allocbudget.unknownPropertiesChecked";

    private ProjectChecks() {}

    /**
     * Once per build, as properties are the build's: the {@code allocbudget.*} user and system properties that no
     * parameter of any goal of this plugin reads, each with the closest name that one does read.
     */
    static void warnAboutUnknownProperties(MavenSession session, MojoExecution mojoExecution, Log log) {
        if (!session.getRepositorySession().getData().set(UNKNOWN_PROPERTIES_CHECKED, null, Boolean.TRUE)) {
            return;
        }
        Set<String> known = new HashSet<>();
        for (MojoDescriptor goal : mojoExecution.getMojoDescriptor().getPluginDescriptor().getMojos()) {
            for (org.apache.maven.plugin.descriptor.Parameter parameter : goal.getParameters()) {
                String expression = parameter.getExpression();
                if (expression != null && expression.startsWith("${") && expression.endsWith("}")) {
                    known.add(expression.substring(2, expression.length() - 1));
                }
            }
        }
        List<String> given = new ArrayList<>(session.getUserProperties().stringPropertyNames());
        given.addAll(session.getSystemProperties().stringPropertyNames());
        UnknownProperties.warnings(given, known).forEach(log::warn);
    }

    /**
     * A goal bound to a phase runs after the compiler, and {@code baseline} and {@code jmh} compile first; but
     * {@code mvn allocbudget:check} on its own does not compile, and would measure the code of before the last
     * change. It stops, with the command that compiles first.
     */
    static void failOnStaleClasses(MavenProject project, Path testClasses) throws MojoExecutionException {
        List<Path> stale = new ArrayList<>();
        try {
            Path classes = Path.of(project.getBuild().getOutputDirectory());
            for (String root : project.getCompileSourceRoots()) {
                stale.addAll(StaleClasses.in(Path.of(root), classes));
            }
            for (String root : project.getTestCompileSourceRoots()) {
                stale.addAll(StaleClasses.in(Path.of(root), testClasses));
            }
        } catch (IOException e) {
            throw new MojoExecutionException("allocbudget: cannot read the sources: " + e, e);
        }
        if (!stale.isEmpty()) {
            throw new MojoExecutionException(ConsoleText.staleClasses(project.getBasedir().toPath(), stale));
        }
    }

    /** Budgets in the main code are never measured: the check lists the test classes. */
    static void warnAboutMainCodeBudgets(MavenProject project, Log log) throws MojoExecutionException {
        try {
            List<String> ids = MainCodeBudgets.in(Path.of(project.getBuild().getOutputDirectory()));
            if (!ids.isEmpty()) {
                log.warn(ConsoleText.mainCodeBudgets(ids));
            }
        } catch (IOException e) {
            throw new MojoExecutionException("allocbudget: cannot read the main classes: " + e, e);
        }
    }
}
