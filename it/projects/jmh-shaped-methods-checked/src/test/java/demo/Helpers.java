package demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Writes what the @Setup and @TearDown methods did to target/helpers.log, for verify.groovy. */
final class Helpers {
    private Helpers() {}

    static void log(String line) {
        try {
            Files.writeString(Path.of("target", "helpers.log"), line + "\n", StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
