package dev.allocbudget.maven;

import java.nio.file.Path;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Where a module's {@code check} (or {@code jmh}) writes its reports: the {@code reportsDirectory} its pom configures
 * for an execution of the goal or for the plugin, else the parameter's default. Read from the module's model, which
 * Maven has interpolated; a value set otherwise (a profile of another build, a command-line override) is not seen,
 * and the module is then listed as having no report.
 */
final class CheckReportsDirectory {
    private static final String PARAMETER = "reportsDirectory";

    private CheckReportsDirectory() {}

    static Path of(MavenProject project, String pluginKey) {
        Plugin plugin = project.getPlugin(pluginKey);
        String configured = null;
        if (plugin != null) {
            for (PluginExecution execution : plugin.getExecutions()) {
                boolean writesReports = execution.getGoals().contains("check") || execution.getGoals().contains("jmh");
                if (configured == null && writesReports) {
                    configured = value(execution.getConfiguration());
                }
            }
            if (configured == null) {
                configured = value(plugin.getConfiguration());
            }
        }
        return configured == null ? Path.of(project.getBuild().getDirectory(), "allocbudget")
                : project.getBasedir().toPath().resolve(configured).normalize();
    }

    private static String value(Object configuration) {
        if (configuration instanceof Xpp3Dom dom && dom.getChild(PARAMETER) != null) {
            String value = dom.getChild(PARAMETER).getValue();
            return value == null || value.isBlank() || value.contains("${") ? null : value.trim();
        }
        return null;
    }
}
