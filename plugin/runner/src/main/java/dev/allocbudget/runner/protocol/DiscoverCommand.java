package dev.allocbudget.runner.protocol;

import java.nio.file.Path;
import java.util.Map;

/** What a discovering fork is asked to do: list the budget methods compiled into {@code testClasses}. */
public record DiscoverCommand(Path testClasses) {
    public String encode() {
        return NamedValues.encode(Map.of("testClasses", testClasses));
    }

    public static DiscoverCommand decode(String argument) {
        NamedValues values = NamedValues.decode(argument, "discover command");
        DiscoverCommand command = new DiscoverCommand(Path.of(values.take("testClasses")));
        values.requireAllTaken();
        return command;
    }
}
