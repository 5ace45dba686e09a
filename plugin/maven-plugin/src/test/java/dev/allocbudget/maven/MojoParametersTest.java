package dev.allocbudget.maven;

import dev.allocbudget.runner.protocol.MeasureCommand;
import dev.allocbudget.core.Reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.core.model.AllocBudgetException;
import dev.allocbudget.core.CheckRequest;
import dev.allocbudget.core.model.CompileOrders;
import dev.allocbudget.core.jmh.JmhOptions;
import dev.allocbudget.runner.protocol.JmhRunOptions;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mojos without Maven: parameters set as Maven would, mapped to the request, checked, or skipped. */
class MojoParametersTest {
    private static final List<Path> JMH_JARS = List.of(Path.of("allocbudget-jmh.jar"), Path.of("jmh-core.jar"));

    @TempDir
    Path dir;
    private Path testClasses;
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void testClasses() throws Exception {
        testClasses = Files.createDirectories(dir.resolve("target/test-classes"));
    }

    /** A mojo with the parameters' default values, as Maven would set them, and JMH's jars without a resolver. */
    private <T extends AbstractJmhModeMojo> T withDefaults(T mojo) {
        MavenProject project = new MavenProject();
        project.setFile(dir.resolve("pom.xml").toFile());
        project.getBuild().setOutputDirectory(dir.resolve("target/classes").toString());
        project.getBuild().setTestOutputDirectory(testClasses.toString());
        project.getBuild().setTestSourceDirectory(dir.resolve("src/test/java").toString());
        mojo.project = project;
        mojo.session = new MavenSession(null, null, new DefaultMavenExecutionRequest(), null);
        mojo.pluginGroupId = "dev.allocbudget";
        mojo.pluginVersion = "1.2.3";
        mojo.forkTimeoutSeconds = 120;
        mojo.settleTimeoutSeconds = 20;
        mojo.threads = "all";
        mojo.compileOrders = "larger";
        mojo.objectCounter = "agent";
        mojo.baselineFile = dir.resolve("allocbudget-baseline.json").toFile();
        mojo.reportsDirectory = dir.resolve("target/allocbudget").toFile();
        // the JMH parameters have no default value: Maven leaves them null unless the user sets them
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                log.add("[INFO] " + content);
            }
        });
        return mojo;
    }

    private CheckMojo check() {
        return withDefaults(new CheckMojo() {
            @Override
            List<Path> jmhJars() {
                return JMH_JARS;
            }
        });
    }

    @Test
    void theDefaultsMapToARequestThatComparesWithTheBaselineAndRunsNoJmh() throws Exception {
        CheckRequest r = check().request(testClasses);
        assertEquals(dir, r.projectDir());
        assertEquals(testClasses, r.testClassesDir());
        assertEquals(List.of(testClasses, dir.resolve("target/classes")), r.classpath());
        assertEquals(CheckRequest.currentJava(), r.java());
        assertEquals(List.of(), r.jvmArgs());
        assertEquals(List.of(), r.includes());
        assertEquals(Duration.ofSeconds(120), r.forkTimeout());
        assertEquals(Duration.ofSeconds(20), r.settleTimeout());
        assertEquals(CheckRequest.defaultForks(), r.forks());
        assertEquals(dir.resolve("target/allocbudget"), r.reportDir());
        assertEquals(dir.resolve("allocbudget-baseline.json"), r.baselineFile());
        assertEquals("1.2.3", r.pluginVersion());
        assertTrue(r.compareWithBaseline());
        assertFalse(r.sites());
        assertFalse(r.objectsWithJfr());
        assertEquals(0, r.baselineTolerancePercent());
        assertNull(r.jmh());
        assertEquals(List.of(), r.jmhClasspath(), "no JMH mode, no JMH jars");
        assertNull(r.timeGateTolerancePercent());
    }

    @Test
    void everyParameterReachesTheRequest() throws Exception {
        CheckMojo mojo = check();
        mojo.includes = List.of("*Parser#*", "*Codec#encode");
        mojo.jvmArgs = "--add-exports\n   java.base/sun.nio.ch=ALL-UNNAMED  \"-Dx=a b\"";
        mojo.forkTimeoutSeconds = 30;
        mojo.settleTimeoutSeconds = 5;
        mojo.forks = 3;
        mojo.threads = "caller";
        mojo.compileOrders = "Smaller";
        mojo.objectCounter = "jfr";
        mojo.sites = true;
        mojo.baselineTolerancePercent = 2.5;
        mojo.timeGate = true;
        mojo.reference = "reference-classes";
        Path reference = Files.createDirectories(dir.resolve("reference-classes"));
        mojo.timeTolerancePercent = 15;
        mojo.jmhWarmupTime = "1s";
        mojo.jmhIterationTime = " 200 ms ";
        CheckRequest r = mojo.request(testClasses);
        assertEquals(List.of("*Parser#*", "*Codec#encode"), r.includes());
        assertEquals(List.of("--add-exports", "java.base/sun.nio.ch=ALL-UNNAMED", "-Dx=a b"), r.jvmArgs(),
                "the user's flags, and only those");
        assertEquals(MeasureCommand.Threads.CALLER, r.threads());
        assertEquals(CompileOrders.SMALLER, r.compileOrders());
        assertEquals(Duration.ofSeconds(30), r.forkTimeout());
        assertEquals(Duration.ofSeconds(5), r.settleTimeout());
        assertEquals(3, r.forks());
        assertTrue(r.objectsWithJfr());
        assertTrue(r.sites());
        assertEquals(2.5, r.baselineTolerancePercent());
        assertEquals(15.0, r.timeGateTolerancePercent());
        assertEquals(new Reference("reference-classes", reference), r.reference());
        assertEquals(dir.resolve("target/classes"), r.mainClassesDir());
        assertEquals(List.of(testClasses, reference), r.referenceClasspath(), "the reference in place of the module");
        assertEquals(new JmhOptions(1, 2, Duration.ofSeconds(1), 5, Duration.ofMillis(200), "avgt", "ns",
                Set.of(JmhRunOptions.WARMUP_TIME, JmhRunOptions.ITERATION_TIME)), r.jmh(),
                "the time gate turns JMH on");
        assertEquals(JMH_JARS, r.jmhClasspath());
    }

    @Test
    void aTimeGateNeedsAReferenceThatExists() {
        CheckMojo mojo = check();
        mojo.timeGate = true;
        AllocBudgetException none = assertThrows(AllocBudgetException.class, () -> mojo.request(testClasses));
        assertTrue(none.getMessage().startsWith("allocbudget: the time gate (allocbudget.timeGate) compares each"
                + " method's time with a reference version's, measured beside it in the same run, and no reference is"
                + " named. Name one with -Dallocbudget.reference="), none.getMessage());
        mojo.reference = "build/ref-classes";
        MojoExecutionException missing = assertThrows(MojoExecutionException.class, () -> mojo.request(testClasses));
        assertEquals("allocbudget: allocbudget.reference is 'build/ref-classes', and "
                + dir.resolve("build/ref-classes") + " does not exist. Name a jar or classes directory that exists"
                + " (build the code to compare with first), or a released version of " + mojo.project.getArtifactId()
                + ".", missing.getMessage());
    }

    @Test
    void theBaselineGoalRecordsCountsEveryMethodAndRunsJmhOnlyWhenAsked() throws Exception {
        BaselineMojo mojo = withDefaults(new BaselineMojo() {
            @Override
            List<Path> jmhJars() {
                return JMH_JARS;
            }
        });
        CheckRequest r = mojo.request(testClasses);
        assertFalse(r.compareWithBaseline());
        assertTrue(r.sites());
        assertNull(r.jmh());
        mojo.jmh = true;
        assertEquals(JMH_JARS, mojo.request(testClasses).jmhClasspath());
    }

    @Test
    void theJmhGoalRunsJmh() throws Exception {
        JmhMojo mojo = withDefaults(new JmhMojo() {
            @Override
            List<Path> jmhJars() {
                return JMH_JARS;
            }
        });
        assertEquals(new JmhOptions(1, 2, Duration.ofMillis(500), 5, Duration.ofMillis(500), "avgt", "ns", Set.of()),
                mojo.request(testClasses).jmh());
    }

    private String refused(CheckMojo mojo) {
        return assertThrows(AllocBudgetException.class, () -> mojo.request(testClasses)).getMessage();
    }

    @Test
    void valuesThatCannotWorkAreRefusedWithThePropertyToSet() {
        CheckMojo mojo = check();
        mojo.forkTimeoutSeconds = 0;
        assertEquals("allocbudget.forkTimeoutSeconds (0) and allocbudget.settleTimeoutSeconds (20) must be positive",
                refused(mojo));
        mojo = check();
        mojo.forks = 0;
        assertEquals("allocbudget.forks is 0; give how many JVMs may measure at the same time, 1 or more (by default"
                + " one per processor: " + CheckRequest.defaultForks() + ")", refused(mojo));
        mojo = check();
        mojo.baselineTolerancePercent = 1001;
        assertEquals("allocbudget.baselineTolerancePercent is 1001.0; give a percentage from 0 to 1000", refused(mojo));
        mojo = check();
        mojo.jvm = dir.resolve("no-java").toFile();
        assertEquals("allocbudget.jvm is " + dir.resolve("no-java") + ", which is not an executable file; give the"
                + " java executable of a JDK 17 or later, e.g. /path/to/jdk/bin/java", refused(mojo));
        mojo = check();
        mojo.threads = "workers";
        assertEquals("allocbudget.threads is 'workers'; use 'all' (every thread of the fork, the default) or 'caller'"
                + " (the thread that calls the method)", refused(mojo));
        mojo = check();
        mojo.compileOrders = "both";
        assertEquals("allocbudget.compileOrders is 'both'; it takes larger (both compile orders, the larger figure"
                + " decides; the default), smaller, or one (the forks' own order only)", refused(mojo));
        mojo = check();
        mojo.objectCounter = "sampling";
        assertEquals("allocbudget.objectCounter is 'sampling'; use 'agent' (the default: the native agent where"
                + " available, JFR elsewhere) or 'jfr'", refused(mojo));
        mojo = check();
        mojo.jmh = true;
        mojo.jmhWarmupTime = "half a second";
        assertEquals("allocbudget: allocbudget.jmhWarmupTime is 'half a second'; write it like 500ms or 1s",
                refused(mojo));
        mojo = check();
        mojo.jmh = true;
        mojo.jmhMode = "fast";
        assertEquals("allocbudget: JMH mode 'fast': use avgt, thrpt, sample or ss", refused(mojo));
    }

    @Test
    void theJmhSettingsOldPropertyNamesAreStillRead() throws Exception {
        CheckMojo mojo = check();
        mojo.jmh = true;
        mojo.session.getUserProperties().setProperty("allocbudget.jmh.iterations", "3");
        mojo.session.getUserProperties().setProperty("allocbudget.jmh.iterationTime", "100ms");
        mojo.project.getProperties().setProperty("allocbudget.jmh.forks", "2");
        mojo.jmhIterationTime = "200ms"; // what the new name gave: it wins over the old one
        JmhOptions jmh = mojo.request(testClasses).jmh();
        assertEquals(3, jmh.iterations());
        assertEquals(Duration.ofMillis(200), jmh.iterationTime());
        assertEquals(2, jmh.forks());
        mojo = check();
        mojo.jmh = true;
        mojo.session.getUserProperties().setProperty("allocbudget.jmh.warmupIterations", "two");
        assertEquals("allocbudget: allocbudget.jmhWarmupIterations is 'two'; give a whole number", refused(mojo));
    }

    @Test
    void unparseableJvmArgsSayWhichValue() {
        CheckMojo mojo = check();
        mojo.jvmArgs = "-Da=\"unclosed";
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> mojo.request(testClasses));
        assertEquals("allocbudget.jvmArgs cannot be parsed: -Da=\"unclosed", e.getMessage());
    }

    @Test
    void eachSwitchSkipsTheCheckAndSaysWhich() throws Exception {
        CheckMojo mojo = check();
        mojo.skip = true;
        mojo.skipTests = true;
        mojo.execute();
        mojo.skip = false;
        mojo.execute();
        mojo.skipTests = false;
        mojo.mavenTestSkip = true;
        mojo.execute();
        assertEquals(List.of("[INFO] Skipping allocation budget check: allocbudget.skip is set.",
                "[INFO] Skipping allocation budget check: skipTests is set.",
                "[INFO] Skipping allocation budget check: maven.test.skip is set."), log);
    }

    @Test
    void theBaselineGoalSkipsOnlyForItsOwnSwitch() throws Exception {
        BaselineMojo mojo = withDefaults(new BaselineMojo());
        mojo.skip = true;
        mojo.execute();
        assertEquals(List.of("[INFO] Skipping allocation baseline: allocbudget.skip is set."), log);
        log.clear();
        mojo.skip = false;
        Files.delete(testClasses);
        mojo.execute(); // skipTests is no parameter of this goal: it goes on, and finds nothing to measure
        assertEquals(List.of("[INFO] No test classes in this module; no allocation budgets to check."), log);
    }

    @Test
    void theJmhGoalSkipsAsTheCheckDoes() throws Exception {
        JmhMojo mojo = withDefaults(new JmhMojo());
        mojo.skipTests = true;
        mojo.execute();
        assertEquals(List.of("[INFO] Skipping allocation budget check: skipTests is set."), log);
    }

    @Test
    void aJvmThatIsAnExecutableIsTaken() throws Exception {
        CheckMojo mojo = check();
        File java = CheckRequest.currentJava().toFile();
        mojo.jvm = java;
        mojo.jdkToolchain = Map.of("version", "99"); // allocbudget.jvm wins: no toolchain is looked up
        assertEquals(java.toPath(), mojo.request(testClasses).java());
        assertTrue(log.contains("[INFO] The forks run on " + java + " (allocbudget.jvm)."), log.toString());
    }
}
