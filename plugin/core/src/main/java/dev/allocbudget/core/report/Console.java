package dev.allocbudget.core.report;

/** Where a goal's lines go (Maven's log): the core composes them, the adapter only prints. */
public interface Console {
    void info(String line);

    void warn(String line);

    void error(String line);
}
