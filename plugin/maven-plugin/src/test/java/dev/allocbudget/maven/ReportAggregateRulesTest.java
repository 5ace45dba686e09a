package dev.allocbudget.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.BuildSuccess;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.junit.jupiter.api.Test;

/** Which module writes the build's report, and when a module's check leaves the job summary to it. */
class ReportAggregateRulesTest {
    private static final String PLUGIN = "dev.allocbudget:allocbudget-maven-plugin";

    private static MavenProject project(String artifactId) {
        Model model = new Model();
        model.setGroupId("it.demo");
        model.setArtifactId(artifactId);
        model.setVersion("1.0");
        return new MavenProject(model);
    }

    @SuppressWarnings("deprecation") // the resolver 1.x session Maven 3 gives plugins
    private static MavenSession session(List<MavenProject> projects, String... goals) {
        DefaultMavenExecutionRequest request = new DefaultMavenExecutionRequest();
        request.setGoals(List.of(goals));
        MavenSession session = new MavenSession(null, new DefaultRepositorySystemSession(), request,
                new DefaultMavenExecutionResult());
        session.setProjects(new ArrayList<>(projects));
        return session;
    }

    @Test
    void theModuleThatFindsEveryOtherDoneAggregatesOnce() {
        List<MavenProject> modules = List.of(project("root"), project("util"), project("lib"), project("app"));
        MavenSession session = session(modules);
        assertFalse(ReactorEnd.reached(session, modules.get(0)));
        assertFalse(ReactorEnd.reached(session, modules.get(1)));
        // lib does not run the goal (its pom leaves it out): once Maven has built it, it holds nothing back
        session.getResult().addBuildSummary(new BuildSuccess(modules.get(2), 10));
        assertTrue(ReactorEnd.reached(session, modules.get(3)));
        assertFalse(ReactorEnd.reached(session, modules.get(3)), "once per build");
    }

    @Test
    void aModuleStillBuildingHoldsTheAggregateBack() {
        List<MavenProject> modules = List.of(project("root"), project("slow"), project("fast"));
        MavenSession session = session(modules);
        assertFalse(ReactorEnd.reached(session, modules.get(0)));
        assertFalse(ReactorEnd.reached(session, modules.get(2)), "fast ends first, slow is still at work (-T)");
        assertTrue(ReactorEnd.reached(session, modules.get(1)));
    }

    @Test
    void theGoalIsInTheBuildWhenBoundInThePomOrNamedOnTheCommandLine() {
        MavenProject bound = project("lib");
        Plugin plugin = new Plugin();
        plugin.setGroupId("dev.allocbudget");
        plugin.setArtifactId("allocbudget-maven-plugin");
        PluginExecution execution = new PluginExecution();
        execution.setGoals(List.of("check", AggregateGoal.NAME));
        plugin.addExecution(execution);
        bound.getBuild().addPlugin(plugin);
        MavenProject unbound = project("app");
        assertTrue(AggregateGoal.inBuild(session(List.of(bound), "verify"), bound, PLUGIN));
        assertFalse(AggregateGoal.inBuild(session(List.of(unbound), "verify"), unbound, PLUGIN));
        assertTrue(AggregateGoal.inBuild(session(List.of(unbound), "verify", "allocbudget:report-aggregate"),
                unbound, PLUGIN));
    }
}
