package dev.allocbudget.maven;

import dev.allocbudget.core.model.AllocBudgetException;
import dev.allocbudget.core.AllocationCheck;
import dev.allocbudget.core.model.CheckOutcome;
import dev.allocbudget.core.CheckRequest;
import dev.allocbudget.core.GoalFailure;
import dev.allocbudget.core.model.PropertyNames;
import dev.allocbudget.core.report.Console;
import dev.allocbudget.core.report.ConsoleListener;
import dev.allocbudget.core.report.ConsoleText;
import dev.allocbudget.core.GoalEnd;
import dev.allocbudget.core.baseline.BaselineFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;

/**
 * What every goal does: skip when asked, run the check with the request its parameters map to, print the core's
 * lines and fail the build as the core decides. Maven in, text and build results out; the decisions are the core's.
 */
abstract class AbstractAllocBudgetMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    MojoExecution mojoExecution;

    @Parameter(defaultValue = "${plugin.groupId}", readonly = true)
    String pluginGroupId;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    String pluginVersion;

    /** Skips the goal. */
    @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
    boolean skip;

    @Inject
    RepositorySystem repositorySystem;

    /** What the skip line calls this goal: {@code allocation budget check}. */
    abstract String goalName();

    /** The property that skips this goal, or {@code null} to run it. */
    String skipProperty() {
        return skip ? PropertyNames.SKIP : null;
    }

    /** The request this goal's parameters map to. */
    abstract CheckRequest request(Path testClasses) throws MojoExecutionException, AllocBudgetException;

    /** What the goal says before it measures; nothing by default. */
    void beforeMeasuring() {}

    /** Whether to print the allocation sites of passing methods as they finish. */
    abstract boolean printSites();

    /** After the check: the goal's own work (the core's {@link GoalEnd}). */
    abstract void finish(CheckOutcome outcome, GoalEnd end) throws GoalFailure;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (mojoExecution != null) { // null only in a mojo built by hand in a test, not by Maven
            ProjectChecks.warnAboutUnknownProperties(session, mojoExecution, getLog());
        }
        String skipProperty = skipProperty();
        if (skipProperty != null) {
            getLog().info(ConsoleText.skipped(goalName(), skipProperty));
            return;
        }
        try {
            ProjectChecks.warnAboutMainCodeBudgets(project, getLog());
            Path testClasses = Path.of(project.getBuild().getTestOutputDirectory());
            if (!testClasses.toFile().isDirectory() && !hasTestSources()) {
                getLog().info(ConsoleText.NO_TEST_CLASSES);
                return;
            }
            ProjectChecks.failOnStaleClasses(project, testClasses);
            beforeMeasuring();
            CheckRequest request = request(testClasses);
            claimBaselineFile(request.baselineFile());
            CheckOutcome outcome = new AllocationCheck(request, new ConsoleListener(console(), printSites())).run();
            if (outcome.results().isEmpty()) {
                getLog().info(ConsoleText.nothingToCheck(request.includes()));
                return;
            }
            ConsoleText.endLines(outcome).forEach(getLog()::info);
            finish(outcome, new GoalEnd(console(), request.reportDir(), request.projectDir(), request.baselineFile()));
        } catch (AllocBudgetException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (GoalFailure e) {
            if (e.violations()) {
                throw new MojoFailureException(e.getMessage());
            }
            throw new MojoExecutionException(e.getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("allocbudget: interrupted", e);
        }
    }

    /** The jars JMH mode runs JMH from, resolved now (the plugin does not depend on them). */
    List<Path> jmhJars() throws MojoExecutionException {
        List<Path> jars = JmhJars.resolve(repositorySystem, session.getRepositorySession(),
                project.getRemotePluginRepositories(), pluginGroupId, pluginVersion);
        getLog().debug("JMH for the forks: " + jars);
        return jars;
    }

    /**
     * Two modules of one build writing one baseline file would overwrite each other's entries: the first module
     * to use a file owns it for the rest of the build, and any other module is stopped with the reason.
     */
    private void claimBaselineFile(Path file) throws MojoExecutionException {
        String key = PropertyNames.BASELINE_FILE + ":" + file.toAbsolutePath().normalize();
        String me = project.getId();
        var data = session.getRepositorySession().getData();
        if (!data.set(key, null, me) && !me.equals(data.get(key))) {
            throw new MojoExecutionException(ConsoleText.sharedBaselineFile(String.valueOf(data.get(key)), me, file,
                    BaselineFile.DEFAULT_NAME));
        }
    }

    private boolean hasTestSources() throws MojoExecutionException {
        try {
            return AllocationCheck.hasTestSources(Path.of(project.getBuild().getTestSourceDirectory()));
        } catch (IOException e) {
            throw new MojoExecutionException("allocbudget: cannot read the test sources: " + e, e);
        }
    }

    private Console console() {
        return Console.of(getLog()::info, getLog()::warn, getLog()::error);
    }
}
