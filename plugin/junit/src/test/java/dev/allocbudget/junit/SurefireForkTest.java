package dev.allocbudget.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading Surefire's booter file from a fork's command line. The file and arguments are shaped as Surefire 3.5's
 * are (seen in a real fork: {@code java -jar target/surefire/surefirebooter-….jar target/surefire <id>
 * surefire-…tmp surefire_0-…tmp}); IT junit-engine-surefire-includes runs the real thing.
 */
class SurefireForkTest {

    private static Path booterFile(Path dir, String requestedTest, String... classes) throws IOException {
        return booterFileWithReports(dir, "surefire-reports", requestedTest, classes);
    }

    private static Path booterFileWithReports(Path dir, String reports, String requestedTest, String... classes)
            throws IOException {
        Properties booter = new Properties();
        booter.setProperty("reportsDirectory", dir.resolve(reports).toString());
        booter.setProperty("providerConfiguration", "org.apache.maven.surefire.junitplatform.JUnitPlatformProvider");
        booter.setProperty("testClassesDirectory", dir.resolve("test-classes").toString());
        booter.setProperty("requestedTest", requestedTest);
        for (int i = 0; i < classes.length; i++) {
            booter.setProperty("tc." + i, classes[i]);
        }
        Path file = dir.resolve("surefire-20261207073409932_1tmp");
        try (Writer out = Files.newBufferedWriter(file)) {
            booter.store(out, "surefire");
        }
        Files.writeString(dir.resolve("surefire_0-20261207073409932_2tmp"), "#surefire_0\nbasedir=/x\n");
        return file;
    }

    private static List<String> forkedBooterCommand(Path dir) {
        return List.of("-XX:TieredStopAtLevel=1", "-jar", dir.resolve("surefirebooter-20261207073409932_3.jar")
                .toString(), dir.toString(), "2026-12-07T07-34-09_815-jvmRun1", "surefire-20261207073409932_1tmp",
                "surefire_0-20261207073409932_2tmp");
    }

    @Test
    void theClassesSurefireListedAndItsTestClassesDirectory(@TempDir Path dir) throws IOException {
        booterFile(dir, "", "demo.CodecTest", "demo.OtherTest");
        SurefireFork fork = SurefireFork.read(forkedBooterCommand(dir)).orElseThrow();
        assertEquals(List.of("demo.CodecTest", "demo.OtherTest"), fork.handedClasses());
        assertEquals(dir.resolve("test-classes"), fork.testClassesDirectory());
        assertTrue(fork.includesChose());
        assertTrue(fork.unitTests());
    }

    @Test
    void failsafesForkIsNotSurefiresRunOfTheUnitTests(@TempDir Path dir) throws IOException {
        booterFileWithReports(dir, "failsafe-reports", "", "demo.CodecIT");
        assertFalse(SurefireFork.read(forkedBooterCommand(dir)).orElseThrow().unitTests());
    }

    @Test
    void dashDTestIsWhatChoseTheClasses(@TempDir Path dir) throws IOException {
        booterFile(dir, "CodecTest", "demo.CodecTest");
        assertFalse(SurefireFork.read(forkedBooterCommand(dir)).orElseThrow().includesChose());
    }

    @Test
    void anExcludesFileLeavesTheChoiceToTheIncludes(@TempDir Path dir) throws IOException {
        // how Surefire 3.5 writes <excludesFile> with two lines into the booter file
        booterFile(dir, "!**/SlowTest*, !**/it/**", "demo.CodecTest");
        assertTrue(SurefireFork.read(forkedBooterCommand(dir)).orElseThrow().includesChose());
        booterFile(dir, "CodecTest, !**/SlowTest*", "demo.CodecTest");
        assertFalse(SurefireFork.read(forkedBooterCommand(dir)).orElseThrow().includesChose());
    }

    @Test
    void withoutABooterFileThereIsNoFork(@TempDir Path dir) {
        assertTrue(SurefireFork.read(forkedBooterCommand(dir)).isEmpty());
        assertTrue(SurefireFork.read(List.of("-cp", dir.toString(), "com.intellij.rt.junit.JUnitStarter",
                "-ideVersion5", "demo.HotBudget")).isEmpty());
    }
}
