package jmhfixtures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** What the fixtures' @Setup and @TearDown methods did, in order; also appended to -Dfixture.log when a fork sets it. */
public final class Log {
    public static final List<String> LINES = new ArrayList<>();

    private Log() {}

    public static void add(String line) {
        LINES.add(line);
        String file = System.getProperty("fixture.log");
        if (file != null) {
            try {
                Files.writeString(Path.of(file), line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
