package dev.allocbudget.runner.protocol;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a JVM of the JMH driver is asked to do, as the host passes it in one argument ({@code encode()}). */
public sealed interface JmhCommand {

    String encode();

    /**
     * Generate and compile the benchmarks of {@code methods} (ids without a row) into {@code workDir/classes}.
     */
    record Prepare(Path workDir, List<MethodId> methods) implements JmhCommand {
        public Prepare {
            methods = List.copyOf(methods);
        }

        @Override
        public String encode() {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("workDir", workDir);
            // names hold no space: one separates the ids
            values.put("methods", methods.stream().map(MethodId::toString).collect(Collectors.joining(" ")));
            return NamedValues.encode(values);
        }

        public static Prepare decode(String argument) {
            NamedValues values = NamedValues.decode(argument, "JMH prepare command");
            String methods = values.take("methods");
            Prepare command = new Prepare(Path.of(values.take("workDir")), methods.isEmpty() ? List.of()
                    : Arrays.stream(methods.split(" ")).map(MethodId::parse).toList());
            values.requireAllTaken();
            return command;
        }
    }

    /**
     * Run one benchmark (all its rows): {@code benchmarkRegex} as JMH's include, with {@code options}; JMH's JSON
     * result goes to {@code resultFile} when it is not null.
     */
    record Run(String benchmarkRegex, JmhRunOptions options, Path resultFile) implements JmhCommand {
        @Override
        public String encode() {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("benchmark", benchmarkRegex);
            values.put("options", options.encode());
            values.put("resultFile", resultFile == null ? "" : resultFile);
            return NamedValues.encode(values);
        }

        public static Run decode(String argument) {
            NamedValues values = NamedValues.decode(argument, "JMH run command");
            String resultFile = values.take("resultFile");
            Run command = new Run(values.take("benchmark"), JmhRunOptions.decode(values.take("options")),
                    resultFile.isEmpty() ? null : Path.of(resultFile));
            values.requireAllTaken();
            return command;
        }
    }
}
