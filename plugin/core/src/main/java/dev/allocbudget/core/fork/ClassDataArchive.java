package dev.allocbudget.core.fork;

import dev.allocbudget.runner.Calibration;
import dev.allocbudget.core.report.ProblemText;
import dev.allocbudget.runner.protocol.MeasureCommand;
import dev.allocbudget.runner.protocol.MeasureCommand.Counting;
import dev.allocbudget.runner.protocol.MeasureCommand.Threads;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A class-data archive of the JDK classes a measuring fork loads: a fork maps them from the archive instead of
 * loading and verifying each, which takes about a tenth of a second off every fork (docs/performance.md,
 * "Parallel forks").
 *
 * <p>It is made once per JDK and kept across builds in {@code dir} ({@link #file}): a fork measuring the runner's own
 * {@link Calibration} method lists the classes it loads, {@code java -Xshare:dump} archives them, and a JVM started
 * with {@code -Xshare:on} proves the archive maps before it takes its final name (a rename, so a build running
 * beside this one sees the whole archive or none). It holds JDK classes only: it is dumped with no class path,
 * because a directory on a fork's class path (test-classes) makes the JVM refuse an archive of application classes.
 * Made from the runner's method, not the project's, it is the same for every project on that JDK.
 */
final class ClassDataArchive {
    /**
     * Flags of {@code jvmArgs} that choose a class-data archive themselves, or change the heap layout an archive is
     * made for: with any of them the forks get none of ours.
     */
    static final List<String> USER_CHOICES = List.of("Xshare", "SharedArchiveFile", "SharedClassListFile",
            "ArchiveClassesAtExit", "AOTCache", "AOTMode", "UseCompressedOops", "UseCompressedClassPointers");

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private final Path java;
    private final Path dir;
    private final Duration timeout;

    /** The archive of the JDK of {@code java}, kept in {@code dir}; a step of making it is killed after {@code timeout}. */
    ClassDataArchive(Path java, Path dir, Duration timeout) {
        this.java = java;
        this.dir = dir;
        this.timeout = timeout;
    }

    /** The flags that map {@code archive}. The JVM's notes on an archive it cannot map are silenced: it then loads its classes as without one. */
    static List<String> flags(Path archive) {
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off");
    }

    /** True when {@code jvmArgs} make the forks' class-data sharing their own business. */
    static boolean chosenBy(List<String> jvmArgs) {
        return jvmArgs.stream().anyMatch(arg -> USER_CHOICES.stream().anyMatch(arg::contains));
    }

    /**
     * The archive's file: named after the JDK's runtime image (its path, size and time), so a JDK updated in place
     * gets a new archive rather than one the JVM would refuse.
     */
    Path file() throws IOException {
        Path home = java.toRealPath().getParent().getParent();
        Path modules = home.resolve("lib").resolve("modules");
        String identity = home + "|" + Files.size(modules) + "|" + Files.getLastModifiedTime(modules).toMillis();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return dir.resolve("jdk-" + HexFormat.of().formatHex(digest, 0, 8) + ".jsa");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Thrown when the archive cannot be made; the forks then run without one. */
    static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }

    /**
     * The archive's file, made first if it is not there; {@code made} says whether this call made it. Its calibration
     * fork gets {@code settleLimitMillis} to measure, as any method does.
     */
    Prepared prepare(long settleLimitMillis) throws IOException, InterruptedException, Unavailable {
        privateDirectory();
        Path target = file();
        if (Files.isRegularFile(target)) {
            return new Prepared(target, false);
        }
        make(target, settleLimitMillis);
        return new Prepared(target, true);
    }

    record Prepared(Path file, boolean made) {}

    private void make(Path target, long settleLimitMillis) throws IOException, InterruptedException, Unavailable {
        String name = target.getFileName().toString().replace(".jsa", "") + "-" + UUID.randomUUID();
        Path list = dir.resolve(name + ".classlist");
        Path archive = dir.resolve(name + ".jsa");
        ForkProcess process = new ForkProcess(java, dir, timeout, dir);
        try {
            ForkRun listing = process.run(name, List.of("-XX:DumpLoadedClassList=" + list),
                    new ForkClasspath(List.of()).of(List.of()), ForkLauncher.CHECK_MAIN, "measure",
                    new MeasureCommand(Calibration.ID, settleLimitMillis, Counting.NONE, Threads.ALL, 1).encode());
            MeasureReply reply = MeasureReply.of(listing, Counting.NONE);
            if (reply.figure() == null) {
                throw new Unavailable("the fork that lists the classes to archive failed: "
                        + ProblemText.of(reply.problem()) + listing.outputTail());
            }
            run(process, name + "-dump", List.of("-Xshare:dump", "-XX:SharedClassListFile=" + list,
                    "-XX:SharedArchiveFile=" + archive));
            run(process, name + "-check", List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-version"));
            Files.move(archive, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    if (p.getFileName().toString().startsWith(name)) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    private static void run(ForkProcess process, String name, List<String> args)
            throws IOException, InterruptedException, Unavailable {
        ForkProcess.Exit exit = process.execute(name, args);
        if (exit.code() != 0) {
            throw new Unavailable("java " + String.join(" ", args) + (exit.timedOut() ? " timed out" : " exited with "
                    + exit.code()) + process.outputOf(name));
        }
    }

    /**
     * Creates {@code dir} readable by this user alone, or checks that it is: the forks load what an archive holds, so
     * no one else may be able to put one there (it sits in a temp directory the machine's users share).
     */
    private void privateDirectory() throws IOException, Unavailable {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(dir)) {
            if (posix) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createDirectories(dir);
            }
        }
        if (posix) {
            String owner = Files.getOwner(dir).getName();
            if (!owner.equals(System.getProperty("user.name"))
                    || !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(dir))) {
                throw new Unavailable(dir + " belongs to " + owner + " or others may write to it; remove it or "
                        + "make it yours alone (chmod 700)");
            }
        }
    }
}
