package dev.allocbudget.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.runner.protocol.Event;
import dev.allocbudget.runner.protocol.EventReader;
import dev.allocbudget.runner.protocol.MeasureCommand;
import dev.allocbudget.runner.protocol.MethodId;
import dev.allocbudget.runner.uneven.Uneven;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Measures a method of {@link Uneven} in a real fork, as the plugin runs it, and reads what the fork wrote. */
final class UnevenForks {
    static final String CLASS = Uneven.class.getName() + "#";

    private UnevenForks() {}

    static Event.Result result(String method) throws Exception {
        return result(List.of(), method);
    }

    static Event.Result result(List<String> flags, String method) throws Exception {
        return result(flags, MeasureCommand.Threads.ALL, method);
    }

    static Event.Result result(List<String> flags, MeasureCommand.Threads threads, String method)
            throws Exception {
        List<Event> events = fork(flags, threads, CLASS + method, 20_000);
        return events.stream().filter(Event.Result.class::isInstance).map(Event.Result.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError(method + ": " + events));
    }

    /** {@code ForkedMain measure} in a JVM of its own, with the flags the plugin gives its forks. */
    static List<Event> fork(List<String> flags, String id, long limitMillis) throws Exception {
        return fork(flags, MeasureCommand.Threads.ALL, id, limitMillis);
    }

    static List<Event> fork(List<String> flags, MeasureCommand.Threads threads, String id, long limitMillis)
            throws Exception {
        return fork(flags, threads, id, limitMillis, 1, MeasureCommand.Counting.NONE);
    }

    /** As above, the method called by {@code callers} threads at once, its objects counted as {@code counting} says. */
    static List<Event> fork(List<String> flags, MeasureCommand.Threads threads, String id, long limitMillis,
            int callers, MeasureCommand.Counting counting) throws Exception {
        Path events = Files.createTempFile("uneven", ".events");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(ForkedMain.JVM_FLAGS);
        command.addAll(flags);
        command.addAll(List.of("-cp", String.join(File.pathSeparator, codeSource(Uneven.class),
                codeSource(ForkedMain.class), codeSource(AllocationBudget.class)),
                ForkedMain.class.getName(), "measure", events.toString(), new MeasureCommand(MethodId.parse(id),
                        limitMillis, counting, threads, callers).encode()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertEquals(0, process.waitFor(), "fork exit code");
        List<Event> written = EventReader.read(events);
        Files.delete(events);
        return written;
    }

    static String codeSource(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
