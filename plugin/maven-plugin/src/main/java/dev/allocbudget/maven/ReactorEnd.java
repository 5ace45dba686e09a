package dev.allocbudget.maven;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.SessionData;

/**
 * Which module's execution of {@code report-aggregate} writes the aggregate: the one that finds every other module
 * of the build done, as maven-deploy-plugin's {@code deployAtEnd} decides. A root pom builds before its modules, so
 * the goal is inherited by every module and acts once, at the end of the reactor, in a plain or a parallel
 * ({@code -T}) build alike. A module counts as done when its own execution has run, or when Maven has finished
 * building it (a module that does not run the goal does not hold the aggregate back).
 */
final class ReactorEnd {
    private static final String DONE = "allocbudget.report-aggregate:done";
    private static final String CLAIMED = "allocbudget.report-aggregate:claimed";

    private ReactorEnd() {}

    /** Marks {@code project} done; true for the one execution of the build that should aggregate. */
    static boolean reached(MavenSession session, MavenProject project) {
        SessionData data = session.getRepositorySession().getData();
        // the repository session is shared by the sessions a parallel build clones per module
        data.set(DONE, null, ConcurrentHashMap.newKeySet());
        @SuppressWarnings("unchecked")
        Set<String> done = (Set<String>) data.get(DONE);
        done.add(project.getId());
        boolean all = session.getProjects().stream()
                .allMatch(p -> done.contains(p.getId()) || session.getResult().getBuildSummary(p) != null);
        return all && data.set(CLAIMED, null, project.getId());
    }
}
