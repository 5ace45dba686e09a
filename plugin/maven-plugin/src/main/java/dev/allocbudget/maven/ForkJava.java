package dev.allocbudget.maven;

import dev.allocbudget.core.CheckRequest;
import dev.allocbudget.core.model.PropertyNames;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.toolchain.Toolchain;
import org.apache.maven.toolchain.ToolchainManager;

/**
 * The {@code java} of the forks, as Surefire chooses its JVM: {@code allocbudget.jvm}, else the JDK toolchain
 * {@code jdkToolchain} names, else the build's JDK toolchain, else ({@code null}) Maven's own. Logs which, and why.
 */
final class ForkJava {
    private ForkJava() {}

    static Path choose(File jvm, Map<String, String> jdkToolchain, ToolchainManager toolchains, MavenSession session,
            Log log) throws MojoExecutionException {
        if (jvm != null) {
            log.info("The forks run on " + jvm + " (" + PropertyNames.JVM + ").");
            return jvm.toPath();
        }
        Toolchain toolchain = null;
        String from = null;
        if (jdkToolchain != null && !jdkToolchain.isEmpty()) {
            List<Toolchain> matching = toolchains.getToolchains(session, "jdk", jdkToolchain);
            if (matching.isEmpty()) {
                throw new MojoExecutionException("allocbudget: no JDK toolchain matches jdkToolchain " + jdkToolchain
                        + " among the build's toolchains (~/.m2/toolchains.xml, or the file given with -t). Add one"
                        + " to toolchains.xml, change jdkToolchain, or name a java executable with -D"
                        + PropertyNames.JVM + ".");
            }
            toolchain = matching.get(0);
            from = "the JDK toolchain that matches jdkToolchain " + jdkToolchain;
        } else if (toolchains != null && session != null) {
            toolchain = toolchains.getToolchainFromBuildContext("jdk", session);
            from = "the build's JDK toolchain, from maven-toolchains-plugin";
        }
        if (toolchain == null) {
            log.info("The forks run on " + CheckRequest.currentJava() + " (the JDK running Maven).");
            return null;
        }
        String java = toolchain.findTool("java");
        if (java == null) {
            throw new MojoExecutionException("allocbudget: the JDK toolchain " + toolchain + " (" + from + ") has no"
                    + " java executable; correct its jdkHome in toolchains.xml");
        }
        log.info("The forks run on " + java + " (" + from + ").");
        return Path.of(java);
    }
}
