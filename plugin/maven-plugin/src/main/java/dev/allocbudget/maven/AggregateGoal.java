package dev.allocbudget.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;

/**
 * Whether {@code report-aggregate} is part of this build for a module: bound in its pom (or inherited from its
 * parent, as the goal is meant to be) or named on the command line. Then the aggregate writes the build's one
 * section of GitHub's job summary, and the module's own goals leave the summary to it.
 */
final class AggregateGoal {
    static final String NAME = "report-aggregate";

    private AggregateGoal() {}

    /** @param pluginKey this plugin's {@code groupId:artifactId} */
    static boolean inBuild(MavenSession session, MavenProject project, String pluginKey) {
        if (session.getGoals().stream().anyMatch(g -> g.equals(NAME) || g.endsWith(":" + NAME))) {
            return true;
        }
        Plugin plugin = project.getPlugin(pluginKey);
        return plugin != null && plugin.getExecutions().stream().map(PluginExecution::getGoals)
                .anyMatch(goals -> goals.contains(NAME));
    }
}
