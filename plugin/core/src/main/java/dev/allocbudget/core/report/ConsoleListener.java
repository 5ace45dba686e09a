package dev.allocbudget.core.report;

import dev.allocbudget.core.model.CheckListener;
import dev.allocbudget.core.model.Environment;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.Verdict;
import java.time.Duration;

/** Prints a progress line as each method finishes, and its sites when every method is counted. */
public final class ConsoleListener implements CheckListener {
    private final Console console;
    private final boolean sites;

    /** @param sites print the allocation sites of passing methods as they finish */
    public ConsoleListener(Console console, boolean sites) {
        this.console = console;
        this.sites = sites;
    }

    @Override
    public void started(Environment env, int methods) {
        console.info("Measuring allocation of " + methods + (methods == 1 ? " method" : " methods") + " on Java "
                + env.javaVersion() + " (" + env.vmName() + ", " + env.gc() + "), one forked JVM each");
    }

    @Override
    public void methodFinished(int index, int total, MethodResult result) {
        console.info(ConsoleText.progressLine(index, total, result));
        if (sites && result.verdict() == Verdict.PASS) {
            // an improved method's changed sites come with the news at the end
            ConsoleText.currentSiteLines(result, ConsoleText.MAX_SITES_SHOWN)
                    .forEach(line -> console.info("    " + line));
        }
    }

    @Override
    public void jmhStarted(int methods, String options) {
        console.info("Running " + methods + (methods == 1 ? " method" : " methods") + " under JMH (" + options
                + ", GC profiler)");
    }

    @Override
    public void jmhFinished(int index, int total, MethodResult row, Duration left) {
        console.info(ConsoleText.jmhLine(index, total, row, left));
    }

    @Override
    public void info(String message) {
        console.info(message);
    }

    @Override
    public void warning(String message) {
        console.warn(message);
    }
}
