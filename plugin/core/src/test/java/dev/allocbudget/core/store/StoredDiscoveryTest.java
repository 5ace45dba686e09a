package dev.allocbudget.core.store;

import static dev.allocbudget.core.store.StoreFixture.KEY;
import static dev.allocbudget.core.store.StoreFixture.classIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.core.fork.DiscoveryReply;
import dev.allocbudget.core.model.Budget;
import dev.allocbudget.core.model.BudgetMethod;
import dev.allocbudget.core.model.Environment;
import dev.allocbudget.core.model.Problem;
import dev.allocbudget.runner.protocol.MethodId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A discovery's answer stored and found again: its methods as the annotations gave them, its warnings and JVM,
 * unless the test classes or what the discovering fork looked up changed.
 */
class StoredDiscoveryTest {
    private static final Environment ENV = new Environment("17.0.15", "Debian", "OpenJDK 64-Bit Server VM", "G1",
            "0.1.0");
    private static final List<BudgetMethod> METHODS = List.of(
            new BudgetMethod(MethodId.parse("com.acme.CodecTest#encode"), new Budget(64L, null), null, null, true),
            new BudgetMethod(MethodId.parse("com.acme.CodecTest#decode[size=16]"), new Budget(null, 3L), 12.5, null,
                    false),
            new BudgetMethod(MethodId.parse("com.acme.CodecTest#stream"), Budget.NONE, 0.0,
                    "a budget method takes no parameters; \"stream(int)\" has one", true));
    private static final List<String> WARNINGS = List.of("com.acme.BrokenTest could not be loaded: "
            + "NoClassDefFoundError: org/dep/Missing");

    @TempDir
    Path tmp;
    private StoreFixture f;
    private Path testClasses;
    private List<Path> cp;

    @BeforeEach
    void storeADiscovery() throws Exception {
        f = new StoreFixture(tmp);
        testClasses = f.dir("test-classes");
        codecTest(testClasses, 64);
        Path classes = f.dir("classes");
        f.file(classes, "com/acme/Codec.class", "codec");
        cp = f.classpath(testClasses, classes);
        DiscoveryReply reply = new DiscoveryReply(ENV, "17.0.15+6-Debian-1deb12u1, OpenJDK 64-Bit Server VM, Debian",
                METHODS, WARNINGS, null, Instant.now(), List.of(classIn("com.acme.CodecTest", 0),
                        classIn("com.acme.Codec", 1), classIn("com.acme.BrokenTest")));
        try (ResultStore store = f.open()) {
            store.putDiscovery(testClasses, cp, reply);
        }
    }

    /**
     * Writes com.acme.CodecTest as javac compiles it, with the annotations of {@link #METHODS} (encode's bytes as
     * given): a stored discovery takes each method's budget from its class file as it is now.
     */
    private void codecTest(Path testClasses, long encodeBytes) throws Exception {
        codecTest(testClasses, "@AllocationBudget(bytes = " + encodeBytes + ")");
    }

    /** The same, with encode's annotations as given. */
    private void codecTest(Path testClasses, String encodeBudgets) throws Exception {
        Path source = tmp.resolve("src/com/acme/CodecTest.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package com.acme;
                import dev.allocbudget.AllocationBudget;
                public class CodecTest {
                    %s public Object encode() { return null; }
                    @AllocationBudget(objects = 3, tolerancePercent = 12.5, reuse = false)
                    public Object decode() { return null; }
                    @AllocationBudget(tolerancePercent = 0) public Object stream(int n) { return null; }
                }
                """.formatted(encodeBudgets));
        Path out = tmp.resolve("javac-out");
        String annotations = Path.of(AllocationBudget.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI()).toString();
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", out.toString(), "-cp",
                annotations, "--release", "17", source.toString()));
        Path file = testClasses.resolve("com/acme/CodecTest.class");
        Files.createDirectories(file.getParent());
        Files.copy(out.resolve("com/acme/CodecTest.class"), file, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(file, StoreFixture.WRITTEN);
    }

    private DiscoveryReply found() throws Exception {
        try (ResultStore store = f.open()) {
            return store.discovery(testClasses, cp, "0.1.0");
        }
    }

    @Test
    void aStoredDiscoveryComesBackWithItsMethodsWarningsAndEnvironment() throws Exception {
        DiscoveryReply found = found();
        assertEquals(METHODS, found.methods());
        assertEquals(WARNINGS, found.warnings());
        assertEquals(ENV, found.environment());
        assertEquals("17.0.15+6-Debian-1deb12u1, OpenJDK 64-Bit Server VM, Debian", found.jvm());
        assertNull(found.problem());
        assertEquals(List.of(), f.warnings);
    }

    @Test
    void aChangedBudgetComesFromTheClassFileWithoutADiscovery() throws Exception {
        codecTest(testClasses, 80);
        DiscoveryReply found = found();
        assertEquals(new Budget(80L, null), found.methods().get(0).budget());
        assertEquals(METHODS.subList(1, 3), found.methods().subList(1, 3));
    }

    /**
     * Which of a method's budgets per Java version applies is chosen by a discovering fork on the forks' Java. The
     * class file's key leaves budget values out, so a budget changed beside a range would otherwise be taken from
     * the class file as if it applied: it is a miss. Stored on JDK 17 with encode's only budget for 21 and later
     * (none applies), then that budget changed.
     */
    @Test
    void aBudgetWithAJavaRangeIsChosenAgainByADiscovery() throws Exception {
        codecTest(testClasses, "@AllocationBudget(bytes = 64, java = \"21+\")");
        List<BudgetMethod> chosen = List.of(new BudgetMethod(MethodId.parse("com.acme.CodecTest#encode"),
                new Budget(null, null, "no budget for Java 17"), null, null, true), METHODS.get(1), METHODS.get(2));
        try (ResultStore store = f.open()) {
            store.putDiscovery(testClasses, cp, new DiscoveryReply(ENV, "17.0.15", chosen, WARNINGS, null,
                    Instant.now(), List.of(classIn("com.acme.CodecTest", 0), classIn("com.acme.Codec", 1),
                            classIn("com.acme.BrokenTest"))));
        }
        assertNull(found(), "a range in the class file: a discovering fork chooses");
        codecTest(testClasses, "@AllocationBudget(bytes = 80, java = \"21+\")");
        assertNull(found(), "the budget changed beside its range, same key: still not taken from the class file");
    }

    @Test
    void theEnvironmentNamesThePluginThatReadsIt() throws Exception {
        try (ResultStore store = f.open()) {
            assertEquals("0.1.1", store.discovery(testClasses, cp, "0.1.1").environment().pluginVersion());
        }
    }

    @Test
    void aNewClassFileInTheTestClassesIsAMiss() throws Exception {
        // a new test class the last discovery never looked up: only the listing shows it
        f.file(testClasses, "com/acme/FramesTest.class", "frames test");
        assertNull(found());
    }

    @Test
    void aTestClassThatIsGoneIsAMiss() throws Exception {
        Files.delete(testClasses.resolve("com/acme/CodecTest.class"));
        assertNull(found());
    }

    @Test
    void aChangedClassTheDiscoveryLoadedIsAMiss() throws Exception {
        f.file(tmp.resolve("classes"), "com/acme/Codec.class", "codec, changed");
        assertNull(found());
    }

    @Test
    void aClassThatCouldNotBeFoundAndNowIsIsAMiss() throws Exception {
        f.file(testClasses, "com/acme/BrokenTest.class", "fixed");
        assertNull(found());
    }

    @Test
    void anotherKeyIsAMiss() throws Exception {
        try (ResultStore store = f.open(new StoreKey(KEY.plugin(), KEY.jdk(), KEY.jvmFlags(), "8 processors",
                KEY.jdkVersion()), true)) {
            assertNull(store.discovery(testClasses, cp, "0.1.0"));
        }
    }

    @Test
    void withReuseOffNoDiscoveryIsFound() throws Exception {
        try (ResultStore store = f.open(KEY, false)) {
            assertNull(store.discovery(testClasses, cp, "0.1.0"));
        }
    }

    @Test
    void aTestClassWrittenAfterTheDiscoveringForkStartedIsNotTakenAsSeen() throws Exception {
        // compiled while the fork was listing: it looked nothing up about the new class, which it may never have
        // seen, so a stored listing that names it would hide its methods from every later build
        Path other = f.dir("other-test-classes");
        codecTest(other, 64);
        Instant started = Instant.now().minusSeconds(5);
        Files.setLastModifiedTime(f.file(other, "com/acme/FramesTest.class", "frames test"),
                FileTime.from(started.plusSeconds(1)));
        List<Path> otherCp = f.classpath(other, tmp.resolve("classes"));
        try (ResultStore store = f.open()) {
            store.putDiscovery(other, otherCp, new DiscoveryReply(ENV, "17.0.15", METHODS.subList(0, 1), List.of(),
                    null, started, List.of(classIn("com.acme.CodecTest", 0))));
        }
        try (ResultStore store = f.open()) {
            assertNull(store.discovery(other, otherCp, "0.1.0"));
        }
    }

    @Test
    void aDiscoveryThatFailedIsNotStored() throws Exception {
        Path other = f.dir("other-test-classes");
        try (ResultStore store = f.open()) {
            store.putDiscovery(other, cp, new DiscoveryReply(null, null, List.of(), List.of(),
                    new Problem.Failed("the fork reported no environment"), Instant.now(), List.of()));
            assertNull(store.discovery(other, cp, "0.1.0"));
        }
    }
}
