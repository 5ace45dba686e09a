package dev.allocbudget.core.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.core.CheckRequest;
import dev.allocbudget.runner.ForkedMain;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CounterExportsTest {
    @TempDir
    Path dir;

    @Test
    void theJdkRunningTheCheckIsAsked() {
        assertEquals(!CounterExports.onInterface(), CounterExports.needed(CheckRequest.currentJava()));
        assertEquals(CounterExports.onInterface() ? ForkedMain.JVM_FLAGS_WITHOUT_EXPORTS : ForkProcess.FORK_FLAGS,
                CounterExports.measuringFlags(CheckRequest.currentJava()));
    }

    @Test
    void anotherJdkIsReadFromItsReleaseFile() throws Exception {
        assertFalse(CounterExports.needed(jdk("jdk-25", "JAVA_VERSION=\"25.0.3\"")));
        assertFalse(CounterExports.needed(jdk("jdk-21", "JAVA_VERSION=\"21\"")));
        assertTrue(CounterExports.needed(jdk("jdk-17", "JAVA_VERSION=\"17.0.15\"")));
        assertTrue(CounterExports.needed(jdk("jdk-8", "JAVA_VERSION=\"1.8.0_402\"")));
        assertTrue(CounterExports.needed(jdk("unknown", "IMPLEMENTOR=\"x\"")));
        assertTrue(CounterExports.needed(dir.resolve("missing/bin/java")));
    }

    @Test
    void theFlagsDifferByTheExportOnly() {
        assertTrue(ForkedMain.JVM_FLAGS.containsAll(ForkedMain.EXPORTS_FLAGS));
        assertTrue(ForkedMain.JVM_FLAGS.containsAll(ForkedMain.JVM_FLAGS_WITHOUT_EXPORTS));
        assertEquals(ForkedMain.JVM_FLAGS.size(),
                ForkedMain.JVM_FLAGS_WITHOUT_EXPORTS.size() + ForkedMain.EXPORTS_FLAGS.size());
        assertFalse(ForkedMain.JVM_FLAGS_WITHOUT_EXPORTS.contains("--add-exports"));
    }

    private Path jdk(String name, String releaseLine) throws Exception {
        Path bin = Files.createDirectories(dir.resolve(name).resolve("bin"));
        Files.writeString(dir.resolve(name).resolve("release"), "IMPLEMENTOR=\"test\"\n" + releaseLine + "\n");
        return Files.writeString(bin.resolve("java"), "");
    }
}
