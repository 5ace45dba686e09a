package dev.allocbudget.core.report;

import java.util.function.Consumer;

/** Where a goal's lines go (Maven's log): the core composes them, the adapter only prints. */
public interface Console {
    void info(String line);

    void warn(String line);

    void error(String line);

    /** A console that hands each kind of line to its own printer. */
    static Console of(Consumer<String> info, Consumer<String> warn, Consumer<String> error) {
        return new Console() {
            @Override
            public void info(String line) {
                info.accept(line);
            }

            @Override
            public void warn(String line) {
                warn.accept(line);
            }

            @Override
            public void error(String line) {
                error.accept(line);
            }
        };
    }
}
