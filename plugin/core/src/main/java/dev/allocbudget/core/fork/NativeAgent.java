package dev.allocbudget.core.fork;

import dev.allocbudget.runner.ForkedMain;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Set;

/** The native JVMTI object counter the runner jar carries for some platforms, as a file a fork can load. */
final class NativeAgent {
    static final String AGENT_FILE = "liballocbudget.so";

    private NativeAgent() {}

    /**
     * Copies the agent out of the runner jar into {@code dir}, once per check (each module has its own report
     * directory, so parallel modules never write the same file). Null where the jar carries none for this platform.
     */
    static Path extract(Path dir) throws IOException {
        String platform = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux")
                && Set.of("amd64", "x86_64").contains(System.getProperty("os.arch")) ? "linux-x86_64" : null;
        if (platform == null) {
            return null;
        }
        try (InputStream in = ForkedMain.class.getResourceAsStream("native/" + platform + "/" + AGENT_FILE)) {
            if (in == null) {
                return null;
            }
            Path target = dir.resolve(AGENT_FILE);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }
    }
}
