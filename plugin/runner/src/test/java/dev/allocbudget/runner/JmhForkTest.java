package dev.allocbudget.runner;

import dev.allocbudget.runner.protocol.MethodId;
import dev.allocbudget.runner.protocol.MeasureCommand.Counting;
import dev.allocbudget.runner.protocol.MeasureCommand;
import dev.allocbudget.runner.protocol.DiscoverCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.allocbudget.runner.protocol.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JMH-shaped methods measured in forked JVMs as the check runs them, with the real JMH on the classpath (see
 * JmhFixtures). The figures are JMH's own {@code gc.alloc.rate.norm} for the same methods (JMH 1.37, JDK 17).
 */
class JmhForkTest {
    private static final long LIMIT = 20_000;

    private static List<Event> measure(List<String> flags, String id) throws Exception {
        return measure(flags, id, Counting.NONE);
    }

    private static List<Event> measure(List<String> flags, String id, Counting counting) throws Exception {
        return JmhFixtures.fork(flags, "measure",
                new MeasureCommand(MethodId.parse(id), LIMIT, counting, MeasureCommand.Threads.ALL, 1).encode());
    }

    private static <T extends Event> T first(List<Event> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " event in " + events));
    }

    private static <T extends Event> List<T> all(List<Event> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static double bytesPerOp(List<Event> events) {
        Event.Result result = first(events, Event.Result.class);
        return (double) result.bytesInWindow() / result.opsInWindow();
    }

    @Test
    void discoveryWritesOneMethodEventPerRowAndSaysWhyAShapeIsRefused() throws Exception {
        List<Event.Method> methods = all(JmhFixtures.fork(List.of(), "discover",
                new DiscoverCommand(JmhFixtures.classes()).encode()), Event.Method.class);
        List<String> bench = methods.stream().filter(m -> m.id().toString().startsWith("jmhfixtures.Bench#consume"))
                .map(m -> m.id() + " " + m.budgetBytes() + " " + m.budgetObjects() + " problem="
                        + (m.problem() == null ? "" : m.problem())).toList();
        assertEquals(List.of(
                "jmhfixtures.Bench#consumeField[kind=ascii,size=16] 0 -1 problem=",
                "jmhfixtures.Bench#consumeField[kind=ascii,size=1024] 0 -1 problem=",
                "jmhfixtures.Bench#consumeField[kind=utf8,size=16] 0 -1 problem=",
                "jmhfixtures.Bench#consumeField[kind=utf8,size=1024] 0 -1 problem=",
                "jmhfixtures.Bench#consumeNew[kind=ascii,size=16] 48 -1 problem=",
                "jmhfixtures.Bench#consumeNew[kind=ascii,size=1024] 48 -1 problem=",
                "jmhfixtures.Bench#consumeNew[kind=utf8,size=16] 48 -1 problem=",
                "jmhfixtures.Bench#consumeNew[kind=utf8,size=1024] 48 -1 problem="), bench);
        List<String> refused = methods.stream().filter(m -> m.id().toString().startsWith("jmhfixtures.Refused#takesString"))
                .map(Event.Method::problem).toList();
        assertEquals(List.of("parameter 2 (java.lang.String) is neither a Blackhole nor a @State class; a budget"
                + " method may take org.openjdk.jmh.infra.Blackhole and JMH @State objects, which the check creates"
                + " as JMH does, and nothing else"), refused);
        List<String> params = methods.stream()
                .filter(m -> m.id().toString().startsWith("jmhfixtures.Params#value[") && m.id().toString().contains("unit=SECONDS"))
                .map(m -> m.id() + " " + (m.problem() == null ? "" : m.problem())).toList();
        assertEquals(List.of("jmhfixtures.Params#value[flag=true,letter=c,number=1,ratio=2.5,unit=SECONDS] ",
                "jmhfixtures.Params#value[flag=true,letter=c,number=x,ratio=2.5,unit=SECONDS] @Param field"
                        + " jmhfixtures.Params.number (int) cannot take the value \"x\": not an int"), params);
    }

    @Test
    void aBlackholeConsumingAFieldReadsExactlyZero() throws Exception {
        List<Event> events = measure(List.of(), "jmhfixtures.Bench#consumeField[kind=ascii,size=16]");
        assertEquals(0, first(events, Event.Result.class).bytesInWindow(), events.toString());
    }

    @Test
    void theBlackholeIsACompilerBlackholeAsInJmhSoItNeverAllocatesAndWindowsRepeat(@TempDir Path dir)
            throws Exception {
        Path log = dir.resolve("helpers.log");
        Event.Result result = first(measure(List.of("-Dfixture.log=" + log), "jmhfixtures.BlackholeMode#consume"),
                Event.Result.class);
        // JMH's fallback code would have kept a 32 B WeakReference on some calls of the millions made
        assertEquals(List.of("tlrMask=1"), Files.readAllLines(log));
        assertEquals(0, result.bytesInWindow());
        assertFalse(result.amortized(), result.toString());
    }

    @Test
    void aNewArrayHandedToTheBlackholeEscapesAsInJmh() throws Exception {
        assertEquals(48.0, bytesPerOp(measure(List.of(), "jmhfixtures.Bench#consumeNew[kind=utf8,size=1024]")));
    }

    @Test
    void aBenchmarkMethodSitsAsDeepBelowTheLoopAsUnderJmhAndAPlainOneAsBelowAJmhWrapper() throws Exception {
        // the figures flip where C2's inlining depth limit cuts the chain: they pin the depth (see Deep)
        assertEquals(0.0, bytesPerOp(measure(List.of(), "jmhfixtures.Deep#chain15")));
        assertEquals(24.0, bytesPerOp(measure(List.of(), "jmhfixtures.Deep#chain16")));
        assertEquals(24.0, bytesPerOp(measure(List.of(), "jmhfixtures.Deep#plainChain15")));
    }

    @Test
    void aStateParameterIsSetUpWithItsParamOnceBeforeTheMeasurementAndTornDownAfterTheCount(@TempDir Path dir)
            throws Exception {
        Path log = dir.resolve("helpers.log");
        Path agent = JmhFixtures.codeSource(ForkedMain.class)
                .resolve("dev/allocbudget/runner/native/linux-x86_64/liballocbudget.so");
        boolean agentBuilt = Files.isRegularFile(agent);
        // CI builds the agent and sets ALLOCBUDGET_REQUIRE_NATIVE_AGENT: there, a missing agent fails the test
        assertTrue(agentBuilt || System.getenv("ALLOCBUDGET_REQUIRE_NATIVE_AGENT") == null,
                "ALLOCBUDGET_REQUIRE_NATIVE_AGENT is set, but " + "the native object counter is built on Linux x86-64 only");
        assumeTrue(agentBuilt, "the native object counter is built on Linux x86-64 only");
        List<Event> events = measure(List.of("-Dfixture.log=" + log, "-agentpath:" + agent),
                "jmhfixtures.Bench#copy[kind=ascii,length=64,size=16]", Counting.AGENT);
        assertEquals(80.0, bytesPerOp(events), "a byte[64] per call: 16 B header + 64 B");
        Event.Objects objects = first(events, Event.Objects.class);
        assertEquals(objects.ops(), objects.count(), "one object per call");
        assertEquals("byte[]", first(events, Event.Site.class).type());
        assertEquals(List.of("Bench.setup size=16 kind=ascii", "Buffers.fill length=64", "ZBase.aPrepare",
                "Bench.iteration", "Buffers.clear", "ZBase.zRelease", "Bench.done"), Files.readAllLines(log));
        assertEquals(List.of(Event.Result.class, Event.Objects.class, Event.Site.class),
                events.stream().map(Object::getClass).distinct().collect(Collectors.toList()));
    }

    @Test
    void aTearDownThatThrowsFailsTheMethodAfterItsFigure() throws Exception {
        List<Event> events = measure(List.of(), "jmhfixtures.ThrowingTearDown#value");
        assertEquals(List.of(Event.Result.class, Event.Error.class), events.stream().map(Object::getClass).toList());
        assertTrue(first(events, Event.Error.class).message().startsWith("the @TearDown method jmhfixtures.ThrowingTearDown.done"
                + " threw java.lang.IllegalStateException: cannot close"), events.toString());
    }

    @Test
    void aRowWhoseValueDoesNotConvertIsAnErrorAndRunsNothing() throws Exception {
        List<Event> events = measure(List.of(),
                "jmhfixtures.Params#value[flag=true,letter=c,number=x,ratio=2.5,unit=DAYS]");
        assertEquals(List.of(new Event.Error("@Param field jmhfixtures.Params.number (int) cannot take the value"
                + " \"x\": not an int")), events);
    }
}
