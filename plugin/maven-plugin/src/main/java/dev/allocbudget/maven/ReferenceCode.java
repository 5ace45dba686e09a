package dev.allocbudget.maven;

import dev.allocbudget.core.model.PropertyNames;
import dev.allocbudget.core.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Finds the code {@code allocbudget.reference} names, before any fork starts: a jar or classes directory (a path,
 * absolute or relative to the module), else a released version of this module, resolved from the project's
 * repositories as japicmp and revapi find the previous release.
 */
final class ReferenceCode {
    private ReferenceCode() {}

    static Reference resolve(String value, MavenProject project, RepositorySystem system, MavenSession maven)
            throws MojoExecutionException {
        String name = value.trim();
        Path path = project.getBasedir().toPath().resolve(name).normalize();
        if (Files.exists(path)) {
            return new Reference(name, path);
        }
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.endsWith(".jar")) {
            throw new MojoExecutionException("allocbudget: " + PropertyNames.REFERENCE + " is '" + name + "', and "
                    + path + " does not exist. Name a jar or classes directory that exists (build the code to"
                    + " compare with first), or a released version of " + project.getArtifactId() + ".");
        }
        DefaultArtifact artifact = new DefaultArtifact(project.getGroupId(), project.getArtifactId(), "jar", name);
        List<RemoteRepository> repositories = project.getRemoteProjectRepositories();
        RepositorySystemSession session = maven.getRepositorySession();
        try {
            Path jar = system.resolveArtifact(session, new ArtifactRequest(artifact, repositories, null))
                    .getArtifact().getFile().toPath();
            return new Reference(name, jar);
        } catch (ArtifactResolutionException e) {
            throw new MojoExecutionException("allocbudget: " + PropertyNames.REFERENCE + " is '" + name + "': not a"
                    + " file or directory (" + path + " does not exist), and " + artifact + " could not be resolved"
                    + " from " + repositories.stream().map(r -> r.getId() + " (" + r.getUrl() + ")")
                            .collect(Collectors.joining(", "))
                    + (session.isOffline() ? " (Maven is offline)" : "") + ": " + e.getMessage(), e);
        }
    }
}
