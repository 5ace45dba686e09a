package dev.allocbudget.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.runner.protocol.EventWriter;
import dev.allocbudget.runner.protocol.MethodId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmarks JMH mode generates for budget methods, compiled by the real javac and JMH's processor. */
class BenchmarkGeneratorTest {

    public static class Throwing {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(64);

        /** A constructor may declare exceptions too. */
        public Throwing() throws IOException {
            out.write(0);
        }

        /** A budget method that declares a checked exception, as I/O code does. */
        @AllocationBudget(bytes = 0)
        public int write() throws IOException {
            out.reset();
            out.write(new byte[] {1, 2});
            return out.size();
        }

        @AllocationBudget(bytes = 0)
        public void nothing() throws Exception {}
    }

    @Test
    void methodsAndConstructorsThatDeclareCheckedExceptionsGetABenchmark(@TempDir Path dir) throws Exception {
        List<MethodId> ids = List.of(MethodId.parse(Throwing.class.getName() + "#write"),
                MethodId.parse(Throwing.class.getName() + "#nothing"));
        try (EventWriter events = new EventWriter(dir.resolve("events"))) {
            BenchmarkGenerator.prepare(events, dir, ids);
        }
        try (Stream<Path> classes = Files.walk(dir.resolve("classes"))) {
            List<String> generated = classes.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith("_jmhTest.class")).sorted().toList();
            assertEquals(2, generated.size(), generated.toString());
        }
        assertTrue(Files.readString(dir.resolve("events")).contains("write"));
    }

    @Test
    void aMethodJmhRefusesIsSaidAndTheOthersStillGetTheirBenchmarks(@TempDir Path dir) throws Exception {
        MethodId refused = MethodId.parse("NoPackageBudget#boxed");
        MethodId fine = MethodId.parse(Throwing.class.getName() + "#write");
        try (EventWriter events = new EventWriter(dir.resolve("events"))) {
            BenchmarkGenerator.prepare(events, dir, List.of(refused, fine));
        }
        List<String> lines = Files.readAllLines(dir.resolve("events"));
        assertTrue(lines.contains("jmh-refused\tNoPackageBudget#boxed\tBenchmark class should have package other than"
                + " default."), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("jmh-benchmark\t" + fine + "\t")), lines.toString());
        try (Stream<Path> classes = Files.walk(dir.resolve("classes"))) {
            assertEquals(List.of("BenchmarkGeneratorTest_Throwing_write_allocbudget_write_jmhTest.class"),
                    classes.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("_jmhTest.class")).toList());
        }
    }
}
