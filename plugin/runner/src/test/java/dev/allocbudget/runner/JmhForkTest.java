package dev.allocbudget.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
    private static final String LIMIT = "20000";

    private static List<List<String>> measure(List<String> flags, String id, String... counting) throws Exception {
        String[] args = counting.length == 0 ? new String[] {"measure", id, LIMIT}
                : new String[] {"measure", id, LIMIT, counting[0]};
        return JmhFixtures.fork(flags, args);
    }

    private static List<String> first(List<List<String>> events, String type) {
        return events.stream().filter(e -> e.get(0).equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " event in " + events));
    }

    private static double bytesPerOp(List<List<String>> events) {
        List<String> result = first(events, Events.RESULT);
        return (double) Long.parseLong(result.get(1)) / Long.parseLong(result.get(2));
    }

    @Test
    void discoveryWritesOneMethodEventPerRowAndSaysWhyAShapeIsRefused() throws Exception {
        List<List<String>> events = JmhFixtures.fork(List.of(), "discover", JmhFixtures.classes().toString());
        List<String> bench = events.stream().filter(e -> e.get(0).equals(Events.METHOD))
                .filter(e -> e.get(1).startsWith("jmhfixtures.Bench#consume"))
                .map(e -> String.join(" ", e.subList(1, 4)) + " problem=" + e.get(5)).toList();
        assertEquals(List.of(
                "jmhfixtures.Bench#consumeField[kind=ascii,size=16] 0 -1 problem=",
                "jmhfixtures.Bench#consumeField[kind=ascii,size=1024] 0 -1 problem=",
                "jmhfixtures.Bench#consumeField[kind=utf8,size=16] 0 -1 problem=",
                "jmhfixtures.Bench#consumeField[kind=utf8,size=1024] 0 -1 problem=",
                "jmhfixtures.Bench#consumeNew[kind=ascii,size=16] 48 -1 problem=",
                "jmhfixtures.Bench#consumeNew[kind=ascii,size=1024] 48 -1 problem=",
                "jmhfixtures.Bench#consumeNew[kind=utf8,size=16] 48 -1 problem=",
                "jmhfixtures.Bench#consumeNew[kind=utf8,size=1024] 48 -1 problem="), bench);
        List<String> refused = events.stream().filter(e -> e.get(0).equals(Events.METHOD))
                .filter(e -> e.get(1).startsWith("jmhfixtures.Refused#takesString")).map(e -> e.get(5)).toList();
        assertEquals(List.of("parameter 2 (java.lang.String) is neither a Blackhole nor a @State class; a budget"
                + " method may take org.openjdk.jmh.infra.Blackhole and JMH @State objects, which the check creates"
                + " as JMH does, and nothing else"), refused);
        List<String> params = events.stream().filter(e -> e.get(0).equals(Events.METHOD))
                .filter(e -> e.get(1).startsWith("jmhfixtures.Params#value[") && e.get(1).contains("unit=SECONDS"))
                .map(e -> e.get(1) + " " + e.get(5)).toList();
        assertEquals(List.of("jmhfixtures.Params#value[flag=true,letter=c,number=1,ratio=2.5,unit=SECONDS] ",
                "jmhfixtures.Params#value[flag=true,letter=c,number=x,ratio=2.5,unit=SECONDS] @Param field"
                        + " jmhfixtures.Params.number (int) cannot take the value \"x\": not an int"), params);
    }

    @Test
    void aBlackholeConsumingAFieldReadsExactlyZero() throws Exception {
        List<List<String>> events = measure(List.of(), "jmhfixtures.Bench#consumeField[kind=ascii,size=16]");
        assertEquals("0", first(events, Events.RESULT).get(1), events.toString());
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
        assumeTrue(Files.isRegularFile(agent), "the native object counter is built on Linux x86-64 only");
        List<List<String>> events = measure(List.of("-Dfixture.log=" + log, "-agentpath:" + agent),
                "jmhfixtures.Bench#copy[kind=ascii,length=64,size=16]", "count");
        assertEquals(80.0, bytesPerOp(events), "a byte[64] per call: 16 B header + 64 B");
        List<String> objects = first(events, Events.OBJECTS);
        assertEquals(Long.parseLong(objects.get(2)), Long.parseLong(objects.get(1)), "one object per call");
        assertEquals("byte[]", first(events, Events.SITE).get(3));
        assertEquals(List.of("Bench.setup size=16 kind=ascii", "Buffers.fill length=64", "ZBase.aPrepare",
                "Bench.iteration", "Buffers.clear", "ZBase.zRelease", "Bench.done"), Files.readAllLines(log));
        assertEquals(List.of(Events.RESULT, Events.OBJECTS, Events.SITE),
                events.stream().map(e -> e.get(0)).distinct().collect(Collectors.toList()));
    }

    @Test
    void aTearDownThatThrowsFailsTheMethodAfterItsFigure() throws Exception {
        List<List<String>> events = measure(List.of(), "jmhfixtures.ThrowingTearDown#value");
        assertEquals(List.of(Events.RESULT, Events.ERROR), events.stream().map(e -> e.get(0)).toList());
        assertTrue(first(events, Events.ERROR).get(1).startsWith("the @TearDown method jmhfixtures.ThrowingTearDown.done"
                + " threw java.lang.IllegalStateException: cannot close"), events.toString());
    }

    @Test
    void aRowWhoseValueDoesNotConvertIsAnErrorAndRunsNothing() throws Exception {
        List<List<String>> events = measure(List.of(),
                "jmhfixtures.Params#value[flag=true,letter=c,number=x,ratio=2.5,unit=DAYS]");
        assertEquals(List.of(List.of(Events.ERROR, "@Param field jmhfixtures.Params.number (int) cannot take the value"
                + " \"x\": not an int")), events);
    }
}
