package dev.allocbudget.maven;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.Exclusion;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * The JMH driver of this plugin's version and JMH with its dependencies, resolved only when JMH mode runs: the
 * plugin does not depend on them, so a check without JMH neither downloads JMH nor has it on its class path.
 */
final class JmhJars {
    static final String ARTIFACT_ID = "allocbudget-jmh";

    private JmhJars() {}

    /** The jars for the forks that run JMH, {@code allocbudget-jmh} first. */
    static List<Path> resolve(RepositorySystem system, RepositorySystemSession session,
            List<RemoteRepository> repositories, String groupId, String version) throws MojoExecutionException {
        String coordinates = groupId + ":" + ARTIFACT_ID + ":" + version;
        // the runner and the annotations are the plugin's own: the forks have them already, from its class path
        Dependency driver = new Dependency(new DefaultArtifact(coordinates), "runtime", false,
                List.of(new Exclusion(groupId, "*", "*", "*")));
        try {
            return system.resolveDependencies(session,
                            new DependencyRequest(new CollectRequest(driver, repositories), null))
                    .getArtifactResults().stream()
                    .map(ArtifactResult::getArtifact)
                    .map(a -> a.getFile().toPath())
                    .toList();
        } catch (DependencyResolutionException e) {
            throw new MojoExecutionException("allocbudget: JMH mode runs JMH from " + coordinates
                    + ", which could not be resolved: " + e.getMessage(), e);
        }
    }
}
