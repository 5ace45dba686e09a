package dev.allocbudget.maven;

import dev.allocbudget.core.aggregate.BuildReport;
import dev.allocbudget.core.aggregate.ModuleSource;
import dev.allocbudget.core.model.PropertyNames;
import dev.allocbudget.core.report.AggregateReports;
import dev.allocbudget.core.report.AggregateText;
import dev.allocbudget.core.report.ConsoleText;
import dev.allocbudget.core.report.JsonReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.DuplicateProjectException;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectSorter;
import org.codehaus.plexus.util.dag.CycleDetectedException;

/**
 * One report for a build of many modules: merges the {@code report.json} of every module of the project (those a
 * {@code -pl} or {@code -rf} left out included, as they are on disk) into one {@code report.json},
 * {@code report.md}, {@code report.html} and {@code TEST-allocbudget.xml}, and writes the build's one section of
 * GitHub's job summary. Declare it in the root pom, after {@code check}: every module inherits it, and it acts
 * once, in the module that ends the build. It never fails the build: {@code check} does that, module by module.
 */
@Mojo(name = AggregateGoal.NAME, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReportAggregateMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    MojoExecution mojoExecution;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    String pluginVersion;

    /**
     * Where the build's reports go: by default {@code target/allocbudget-aggregate} of the directory Maven ran in
     * (the root, also when {@code -pl} selects some modules).
     */
    @Parameter(property = "allocbudget.aggregateDirectory",
            defaultValue = "${session.executionRootDirectory}/target/allocbudget-aggregate", required = true)
    File aggregateDirectory;

    /** Whether to append the build's report to GitHub Actions' job summary ({@code GITHUB_STEP_SUMMARY}). */
    @Parameter(property = PropertyNames.STEP_SUMMARY, defaultValue = "true")
    boolean stepSummary;

    /** Skips the goal. */
    @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info(ConsoleText.skipped("allocation report of the build", PropertyNames.SKIP));
            return;
        }
        if (!ReactorEnd.reached(session, project)) {
            getLog().debug("allocbudget: the build's report is written by the module that ends the build");
            return;
        }
        Path root = Path.of(session.getExecutionRootDirectory());
        BuildReport report = AggregateReports.read(modules(root), session.getStartTime().toInstant(), pluginVersion);
        AggregateText.warnings(report).forEach(getLog()::warn);
        String summary = stepSummary ? System.getenv("GITHUB_STEP_SUMMARY") : null;
        AggregateReports reports = new AggregateReports(root, title(root), aggregateDirectory.toPath(),
                summary == null || summary.isBlank() ? null : Path.of(summary));
        try {
            Path page = reports.write(report);
            getLog().info("allocbudget: the build: " + AggregateText.summary(report));
            getLog().info("allocbudget: the build's report: " + page);
        } catch (IOException e) {
            throw new MojoExecutionException("allocbudget: cannot write the build's report to " + aggregateDirectory
                    + ": " + e, e);
        }
    }

    /**
     * Every module of the project, in the build's order: a module is aggregated whether the root depends on it or
     * not (directly, transitively or at all), and those this build left out are read from disk as such.
     */
    private List<ModuleSource> modules(Path root) {
        Set<String> inThisBuild = new HashSet<>();
        session.getProjects().forEach(p -> inThisBuild.add(p.getId()));
        List<MavenProject> all = buildOrder(allProjects());
        List<ModuleSource> modules = new ArrayList<>();
        for (MavenProject p : all) {
            String path = ConsoleText.relative(root, p.getBasedir().toPath()).replace(File.separatorChar, '/');
            Path report = CheckReportsDirectory.of(p, pluginKey()).resolve(JsonReport.FILE_NAME);
            modules.add(new ModuleSource(p.getArtifactId(), path.isEmpty() ? "." : path, report,
                    inThisBuild.contains(p.getId())));
        }
        return modules;
    }

    /** This plugin's {@code groupId:artifactId}, to find the check's configuration in each module. */
    private String pluginKey() {
        return mojoExecution == null ? "dev.allocbudget:allocbudget-maven-plugin"
                : mojoExecution.getGroupId() + ":" + mojoExecution.getArtifactId();
    }

    /** The projects in the order a build of all of them runs (Maven lists the whole project in another order). */
    private static List<MavenProject> buildOrder(List<MavenProject> projects) {
        try {
            return new ProjectSorter(projects).getSortedProjects();
        } catch (CycleDetectedException | DuplicateProjectException e) {
            return projects; // Maven refused such a project before any goal ran
        }
    }

    /** Every module of the project, those this build left out included. */
    private List<MavenProject> allProjects() {
        return session.getAllProjects() == null ? session.getProjects() : session.getAllProjects();
    }

    /** The name of the project Maven ran in, else of its directory. */
    private String title(Path root) {
        return allProjects().stream().filter(p -> p.getBasedir().toPath().equals(root)).findFirst()
                .map(MavenProject::getArtifactId).orElse(String.valueOf(root.getFileName()));
    }
}
