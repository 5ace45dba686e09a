package dev.allocbudget.runner.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandsTest {

    @Test
    void aMethodIdIsParsedAndPrintedInOnePlace() {
        MethodId row = MethodId.parse("demo.Codec$Inner#encode[kind=ascii,size=16]");
        assertEquals(new MethodId("demo.Codec$Inner", "encode", "[kind=ascii,size=16]"), row);
        assertEquals("demo.Codec$Inner#encode[kind=ascii,size=16]", row.toString());
        assertEquals("encode[kind=ascii,size=16]", row.methodWithRow());
        assertEquals(MethodId.parse("demo.Codec$Inner#encode"), row.base());
        assertEquals("com.acme.Broken#*", MethodId.wholeClass("com.acme.Broken").toString());
        assertEquals("not a method id (expected com.acme.Class#method): a.B",
                assertThrows(IllegalArgumentException.class, () -> MethodId.parse("a.B")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> MethodId.parse("#m"));
        assertThrows(IllegalArgumentException.class, () -> MethodId.parse("a.B#"));
        assertThrows(IllegalArgumentException.class, () -> MethodId.parse("a.B#m#n"));
    }

    @Test
    void idsSortAsTheirText() {
        List<MethodId> ids = List.of(MethodId.parse("a.B#m[x=2]"), MethodId.parse("a.B#m"), MethodId.parse("a.A#z"),
                MethodId.parse("a.B$C#a"));
        assertEquals(ids.stream().map(MethodId::toString).sorted().toList(),
                ids.stream().sorted().map(MethodId::toString).toList());
    }

    @Test
    void aMeasureCommandCrossesAsOneArgumentWhateverItsIdHolds() {
        MeasureCommand command = new MeasureCommand(MethodId.parse("demo.Bench#encode[a=1,b=x=y%z]"), 20_000,
                MeasureCommand.Counting.JFR, MeasureCommand.Threads.CALLER, 4);
        String encoded = command.encode();
        assertEquals("id=demo.Bench#encode[a%3D1%2Cb%3Dx%3Dy%25z],settleMillis=20000,counting=jfr,threads=caller,callers=4",
                encoded);
        assertEquals(command, MeasureCommand.decode(encoded));
    }

    @Test
    void aCommandWithAMissingOrUnknownValueIsNamed() {
        assertEquals("measure command 'id=a.B#c': no settleMillis", assertThrows(IllegalArgumentException.class,
                () -> MeasureCommand.decode("id=a.B#c")).getMessage());
        String extra = new DiscoverCommand(Path.of("/t/test-classes")).encode() + ",threads=4";
        assertEquals("discover command '" + extra + "': unknown [threads]",
                assertThrows(IllegalArgumentException.class, () -> DiscoverCommand.decode(extra)).getMessage());
        assertEquals("measure command 'id=a.B#c,settleMillis=soon,counting=none,threads=all': settleMillis is not a"
                + " whole number: soon", assertThrows(IllegalArgumentException.class,
                () -> MeasureCommand.decode("id=a.B#c,settleMillis=soon,counting=none,threads=all")).getMessage());
    }

    @Test
    void jmhCommandsCarryTheirOptionsWhole() {
        JmhRunOptions options = new JmhRunOptions(1, 2, 500, 5, 750, "avgt", "ns", Set.of(JmhRunOptions.FORKS));
        JmhCommand.Run run = new JmhCommand.Run("^\\Qa.B_c_allocbudget.c\\E$", options, Path.of("/r/result-1.json"));
        assertEquals(run, JmhCommand.Run.decode(run.encode()));
        JmhCommand.Run noFile = new JmhCommand.Run("^x$", options, null);
        assertEquals(noFile, JmhCommand.Run.decode(noFile.encode()));
        JmhCommand.Prepare prepare = new JmhCommand.Prepare(Path.of("/w/jmh"),
                List.of(MethodId.parse("a.B#c"), MethodId.parse("a.B$D#e")));
        assertEquals(prepare, JmhCommand.Prepare.decode(prepare.encode()));
    }
}
