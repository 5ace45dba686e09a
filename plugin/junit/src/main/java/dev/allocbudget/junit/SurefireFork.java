package dev.allocbudget.junit;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What Surefire told the JVM it forked to run tests: the classes its includes and excludes matched, the {@code -Dtest}
 * it was given and the directory it scanned. Surefire scans test-classes on Maven's side and writes the result to a
 * properties file it names on the fork's command line ({@code ForkedBooter <dir> <id> <file> ...}); whatever the
 * fork count, every fork gets the whole list ({@code tc.0}, {@code tc.1}, ...), also when it runs only some classes.
 * Links only the JDK.
 */
record SurefireFork(List<String> handedClasses, String requestedTest, Path testClassesDirectory,
                    Path reportsDirectory) {
    /** Set by Surefire in each fork; an IDE's or the console launcher's JVM does not have it. */
    private static final String FORK_PROPERTY = "surefire.test.class.path";

    private static volatile Optional<SurefireFork> current;

    /** This JVM's, when Surefire forked it; empty in an IDE, the console launcher or Surefire with forkCount=0. */
    static Optional<SurefireFork> current() {
        Optional<SurefireFork> fork = current;
        if (fork == null) {
            fork = System.getProperty(FORK_PROPERTY) == null ? Optional.empty() : read(commandArguments());
            current = fork;
        }
        return fork;
    }

    /** Surefire's classes and settings, from the booter's properties file among {@code arguments}. */
    static Optional<SurefireFork> read(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            Path dir = path(arguments.get(i));
            if (dir == null || !Files.isDirectory(dir)) {
                continue;
            }
            // ForkedBooter's arguments: the directory, the fork's id, then the file with the tests to run
            for (int j = i + 1; j < Math.min(i + 4, arguments.size()); j++) {
                Path file = path(arguments.get(j));
                Optional<SurefireFork> fork = file == null ? Optional.empty() : readBooterFile(dir.resolve(file));
                if (fork.isPresent()) {
                    return fork;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Surefire's run of the unit tests, not Failsafe's of the integration tests: Failsafe forks with the same booter
     * file, and its includes ({@code *IT}) leave out the budget classes Surefire runs. Nothing in the file says
     * which plugin wrote it but the reports directory, so a run with another reports directory is not recognised.
     */
    boolean unitTests() {
        return reportsDirectory != null && reportsDirectory.endsWith("surefire-reports");
    }

    /**
     * No {@code -Dtest} naming classes: Surefire's includes chose them. Surefire also writes an {@code excludesFile}
     * (or {@code -Dtest=!Slow*}) here, as patterns starting with {@code !}; those leave out classes without
     * choosing any, so the includes still did.
     */
    boolean includesChose() {
        return requestedTest == null || Arrays.stream(requestedTest.split(",")).map(String::trim)
                .allMatch(pattern -> pattern.isEmpty() || pattern.startsWith("!"));
    }

    private static Optional<SurefireFork> readBooterFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties booter = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            booter.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        String testClasses = booter.getProperty("testClassesDirectory");
        if (testClasses == null || booter.getProperty("providerConfiguration") == null) {
            return Optional.empty();
        }
        List<String> handed = new ArrayList<>();
        for (int i = 0; booter.getProperty("tc." + i) != null; i++) {
            handed.add(booter.getProperty("tc." + i));
        }
        String reports = booter.getProperty("reportsDirectory");
        return Optional.of(new SurefireFork(List.copyOf(handed), booter.getProperty("requestedTest", ""),
                Path.of(testClasses), reports == null ? null : Path.of(reports)));
    }

    private static List<String> commandArguments() {
        return ProcessHandle.current().info().arguments().map(Arrays::asList)
                // where the OS does not tell a process its arguments: the launcher's copy, split at spaces
                .orElseGet(() -> Arrays.asList(System.getProperty("sun.java.command", "").split(" ")));
    }

    private static Path path(String argument) {
        try {
            return argument.isEmpty() || argument.startsWith("-") ? null : Path.of(argument);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
