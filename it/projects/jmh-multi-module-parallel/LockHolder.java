import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Plays "another JMH run on this machine" for step 1 (started by prebuild.1.groovy, run as a single-file program,
 * never compiled by the build): takes JMH's lock file in this JVM's java.io.tmpdir, as a JMH run would, and holds it
 * until a JMH run of the check (a *-jmh-run.out under FORKS_DIR, newer than this program) says it is waiting for it,
 * or until TIMEOUT_SECONDS have passed. Everything it does goes to LOG.
 *
 * <pre>java LockHolder.java FORKS_DIR LOG TIMEOUT_SECONDS</pre>
 */
public class LockHolder {
    public static void main(String[] args) throws Exception {
        Path forks = Path.of(args[0]);
        Path log = Path.of(args[1]);
        long deadline = System.currentTimeMillis() + Long.parseLong(args[2]) * 1000;
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "jmh.lock");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            long start = System.currentTimeMillis();
            write(log, "locked " + file);
            Optional<Path> waiting = Optional.empty();
            while (waiting.isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
                waiting = waiting(forks, start - 1000);
            }
            long held = System.currentTimeMillis() - start;
            write(log, waiting.map(p -> "released after " + held + " ms: " + p.getFileName() + " is waiting")
                    .orElse("released after " + held + " ms: timed out, nobody waited"));
        }
    }

    /** The JMH run that printed the plugin's waiting message since {@code since}, if any. */
    private static Optional<Path> waiting(Path forks, long since) throws IOException {
        if (!Files.isDirectory(forks)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(forks)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-jmh-run.out")).filter(p -> {
                try {
                    return Files.getLastModifiedTime(p).toMillis() >= since
                            && Files.readString(p, StandardCharsets.UTF_8).contains("allocbudget: waiting for ");
                } catch (IOException e) {
                    return false; // cleaned away meanwhile: look again
                }
            }).findFirst();
        }
    }

    private static void write(Path log, String line) throws IOException {
        Files.writeString(log, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
