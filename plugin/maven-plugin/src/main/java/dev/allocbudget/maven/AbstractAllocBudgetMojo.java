package dev.allocbudget.maven;

import dev.allocbudget.core.model.AllocBudgetException;
import dev.allocbudget.core.AllocationCheck;
import dev.allocbudget.core.model.CheckOutcome;
import dev.allocbudget.core.CheckRequest;
import dev.allocbudget.core.GoalFailure;
import dev.allocbudget.core.MainCodeBudgets;
import dev.allocbudget.core.StaleClasses;
import dev.allocbudget.core.UnknownProperties;
import dev.allocbudget.core.model.PropertyNames;
import dev.allocbudget.core.report.Console;
import dev.allocbudget.core.report.ConsoleListener;
import dev.allocbudget.core.report.ConsoleText;
import dev.allocbudget.core.GoalEnd;
import dev.allocbudget.core.baseline.BaselineFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
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
    private static final String UNKNOWN_PROPERTIES_CHECKED = "allocbudget.unknownPropertiesChecked";

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
        warnAboutUnknownProperties();
        String skipProperty = skipProperty();
        if (skipProperty != null) {
            getLog().info(ConsoleText.skipped(goalName(), skipProperty));
            return;
        }
        try {
            warnAboutMainCodeBudgets();
            Path testClasses = Path.of(project.getBuild().getTestOutputDirectory());
            if (!testClasses.toFile().isDirectory() && !hasTestSources()) {
                getLog().info(ConsoleText.NO_TEST_CLASSES);
                return;
            }
            failOnStaleClasses(testClasses);
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

    /**
     * Once per build, as properties are the build's: the {@code allocbudget.*} user and system properties that no
     * parameter of any goal of this plugin reads, each with the closest name that one does read.
     */
    private void warnAboutUnknownProperties() {
        if (mojoExecution == null) {
            return; // a mojo built by hand in a test, not by Maven
        }
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
        UnknownProperties.warnings(given, known).forEach(getLog()::warn);
    }

    /**
     * A goal bound to a phase runs after the compiler, and {@code baseline} and {@code jmh} compile first; but
     * {@code mvn allocbudget:check} on its own does not compile, and would measure the code of before the last
     * change. It stops, with the command that compiles first.
     */
    private void failOnStaleClasses(Path testClasses) throws MojoExecutionException {
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
    private void warnAboutMainCodeBudgets() throws MojoExecutionException {
        try {
            List<String> ids = MainCodeBudgets.in(Path.of(project.getBuild().getOutputDirectory()));
            if (!ids.isEmpty()) {
                getLog().warn(ConsoleText.mainCodeBudgets(ids));
            }
        } catch (IOException e) {
            throw new MojoExecutionException("allocbudget: cannot read the main classes: " + e, e);
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
