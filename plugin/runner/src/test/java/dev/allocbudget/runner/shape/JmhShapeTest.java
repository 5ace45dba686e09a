package dev.allocbudget.runner.shape;

import dev.allocbudget.runner.protocol.MethodId;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.runner.JmhFixtures;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JMH shape rules on the fixtures of src/test/jmh-fixtures, compiled against the real JMH (see JmhFixtures). */
class JmhShapeTest {

    private static Method method(String type, String name) throws Exception {
        for (Method m : JmhFixtures.load(type).getDeclaredMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new NoSuchMethodException(name);
    }

    private static String problem(String type, String name) throws Exception {
        Method m = method(type, name);
        return BudgetMethods.problemWith(m, JavaBudgets.of(m));
    }

    private static List<String> ids(String type, String name) throws Exception {
        Method m = method(type, name);
        return JmhShape.of(m).rows().stream().map(r -> new BudgetRow(m, r).id().toString()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> log() throws Exception {
        return (List<String>) JmhFixtures.load("Log").getField("LINES").get(null);
    }

    @BeforeEach
    void clearLog() throws Exception {
        log().clear();
    }

    @Test
    void oneRowPerParamCombinationNamesSortedTheFirstVaryingSlowest() throws Exception {
        assertNull(problem("Bench", "consumeField"));
        assertEquals(List.of(
                "jmhfixtures.Bench#consumeField[kind=ascii,size=16]",
                "jmhfixtures.Bench#consumeField[kind=ascii,size=1024]",
                "jmhfixtures.Bench#consumeField[kind=utf8,size=16]",
                "jmhfixtures.Bench#consumeField[kind=utf8,size=1024]"), ids("Bench", "consumeField"));
        // the @State parameter's @Param joins the method's own
        List<String> copy = ids("Bench", "copy");
        assertEquals(8, copy.size());
        assertEquals("jmhfixtures.Bench#copy[kind=ascii,length=8,size=16]", copy.get(0));
        assertEquals("jmhfixtures.Bench#copy[kind=ascii,length=8,size=1024]", copy.get(1));
        assertEquals("jmhfixtures.Bench#copy[kind=ascii,length=64,size=16]", copy.get(2));
        assertEquals("jmhfixtures.Bench#copy[kind=utf8,length=64,size=1024]", copy.get(7));
    }

    @Test
    void everyRowIdResolvesToItsRow() throws Exception {
        for (String id : ids("Bench", "copy")) {
            BudgetRow row = BudgetMethods.resolve(MethodId.parse(id), JmhFixtures.loader());
            assertEquals(id, row.id().toString());
            assertEquals(method("Bench", "copy"), row.method());
        }
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> BudgetMethods.resolve(MethodId.parse("jmhfixtures.Bench#consumeField[kind=ebcdic,size=16]"), JmhFixtures.loader()));
        assertEquals("no row [kind=ebcdic,size=16] of jmhfixtures.Bench#consumeField; its rows are [[kind=ascii,size=16],"
                + " [kind=ascii,size=1024], [kind=utf8,size=16], [kind=utf8,size=1024]]", missing.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> BudgetMethods.resolve(MethodId.parse("jmhfixtures.Bench#consumeField"), JmhFixtures.loader()));
    }

    @Test
    void refusedShapesSayWhy() throws Exception {
        assertEquals("parameter 2 (java.lang.String) is neither a Blackhole nor a @State class; a budget method may"
                + " take org.openjdk.jmh.infra.Blackhole and JMH @State objects, which the check creates as JMH does,"
                + " and nothing else", problem("Refused", "takesString"));
        assertEquals("parameter 1 (jmhfixtures.Refused$Hidden): class jmhfixtures.Refused$Hidden is not public; a"
                + " @State class (and every class enclosing it) must be public", problem("Refused", "takesHidden"));
        assertEquals("@Setup(Level.Invocation) method jmhfixtures.Refused$PerCall.reset would run around every call,"
                + " and its work (and its allocation) would be measured as part of every call; use Level.Trial or"
                + " Level.Iteration (the check runs both once, before warm-up and after the measurement)",
                problem("Refused", "takesPerCall"));
        assertEquals("method takes 5 parameters; the check passes at most 4 (a Blackhole and @State objects)",
                problem("Refused", "takesFive"));
        assertEquals("@Param field jmhfixtures.NoValues.size (int) names no values; only enum fields may leave them"
                + " out (they then take every constant)", problem("NoValues", "value"));
    }

    @Test
    void paramValuesConvertAsInJmhAndAValueThatDoesNotIsAnErrorRow() throws Exception {
        Method m = method("Params", "value");
        JmhShape shape = JmhShape.of(m);
        List<ParamRow> rows = shape.rows();
        assertEquals(2 * 7, rows.size(), "number {1, x} times every TimeUnit constant");
        assertEquals("[flag=true,letter=c,number=1,ratio=2.5,unit=NANOSECONDS]", rows.get(0).suffix());
        assertEquals("[flag=true,letter=c,number=x,ratio=2.5,unit=DAYS]", rows.get(13).suffix());
        assertNull(shape.problemWith(rows.get(0)));
        assertEquals("@Param field jmhfixtures.Params.number (int) cannot take the value \"x\": not an int",
                shape.problemWith(rows.get(7)));
    }

    @Test
    void statesAreMadeInjectedAndSetUpAsJmhDoesAndTornDownInReverse() throws Exception {
        BudgetRow row = BudgetMethods.resolve(MethodId.parse("jmhfixtures.Bench#copy[kind=utf8,length=64,size=16]"), JmhFixtures.loader());
        BenchmarkStates states = BenchmarkStates.setUp(row);
        // Trial helpers before Iteration ones; the method's class before its parameters' states; within a state,
        // JMH's order: by qualified name (Buffers.fill before ZBase.aPrepare, though ZBase is the superclass)
        assertEquals(List.of("Bench.setup size=16 kind=utf8", "Buffers.fill length=64", "ZBase.aPrepare",
                "Bench.iteration"), log());
        Object bench = states.target();
        assertEquals(16, bench.getClass().getField("size").get(bench));
        assertEquals("utf8", bench.getClass().getField("kind").get(bench));
        Object[] args = states.arguments();
        assertEquals(JmhFixtures.load("Buffers"), args[0].getClass());
        assertEquals(64, args[0].getClass().getField("length").get(args[0]));
        assertEquals(JmhAnnotations.BLACKHOLE, args[1].getClass().getName(), "a real JMH Blackhole");
        log().clear();
        states.tearDown();
        assertEquals(List.of("Buffers.clear", "ZBase.zRelease", "Bench.done"), log());
    }

    @Test
    void severalThreadsEachHaveTheirOwnThreadStateAndBlackholeAndShareTheMethodsClass() throws Exception {
        BudgetRow row = BudgetMethods.resolve(MethodId.parse("jmhfixtures.Bench#copy[kind=utf8,length=64,size=16]"), JmhFixtures.loader());
        BenchmarkStates states = BenchmarkStates.setUp(row);
        log().clear();
        Object[][] perThread = states.argumentsPerThread(3);
        assertEquals(3, perThread.length);
        assertArrayEquals(states.arguments(), perThread[0], "the first thread's are the states set up first");
        // Buffers is @State(Scope.Thread): one per thread, its @Param injected and its setups run for each
        assertEquals(3, java.util.Arrays.stream(perThread).map(a -> a[0]).distinct().count());
        assertEquals(3, java.util.Arrays.stream(perThread).map(a -> a[1]).distinct().count(), "a Blackhole each");
        for (Object[] args : perThread) {
            assertEquals(64, args[0].getClass().getField("length").get(args[0]));
        }
        assertEquals(List.of("Buffers.fill length=64", "ZBase.aPrepare", "Buffers.fill length=64", "ZBase.aPrepare"),
                log(), "the other two threads' states set up; the method's class (Scope.Benchmark) is not made again");
        log().clear();
        states.tearDown();
        assertEquals(List.of("Buffers.clear", "ZBase.zRelease", "Buffers.clear", "ZBase.zRelease", "Buffers.clear",
                "ZBase.zRelease", "Bench.done"), log(), "every thread's states torn down");
    }

    @Test
    void aStateClassTwoParametersNameIsOneInstance() throws Exception {
        BudgetRow row = BudgetMethods.resolve(MethodId.parse("jmhfixtures.Bench#sameState[kind=ascii,length=8,size=16]"),
                JmhFixtures.loader());
        Object[] args = BenchmarkStates.setUp(row).arguments();
        assertSame(args[0], args[1]);
    }

    @Test
    void aHelperThatThrowsIsReportedByName() throws Exception {
        BudgetRow row = BudgetMethods.resolve(MethodId.parse("jmhfixtures.ThrowingTearDown#value"), JmhFixtures.loader());
        BenchmarkStates states = BenchmarkStates.setUp(row);
        BenchmarkStates.Failure failure = assertThrows(BenchmarkStates.Failure.class, states::tearDown);
        assertEquals("the @TearDown method jmhfixtures.ThrowingTearDown.done threw java.lang.IllegalStateException:"
                + " cannot close\n\tat jmhfixtures.ThrowingTearDown.done(ThrowingTearDown.java:13)", failure.getMessage());
    }
}
