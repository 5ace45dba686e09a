package dev.allocbudget.core.jmh;

import dev.allocbudget.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * JMH's own JSON result ({@code -rf json}) of every method the run measured, in one file for the tools that read it
 * (jmh-visualizer, github-action-benchmark). JMH writes one array per run, and each method is a run of its own; the
 * file joins their elements into one array, in the order the methods ran.
 */
final class JmhResultFile {
    static final String NAME = "jmh-result.json";

    private JmhResultFile() {}

    /** Joins {@code result-1.json} ... {@code result-<runs>.json} of {@code workDir} into {@code target}. */
    static void merge(Path workDir, int runs, Path target) throws IOException {
        List<String> elements = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            Path file = workDir.resolve("result-" + i + ".json");
            if (!Files.isRegularFile(file)) {
                continue; // the run failed before JMH wrote it: that method is an error of its own
            }
            String array = Files.readString(file).trim();
            String inside = array.startsWith("[") && array.endsWith("]")
                    ? array.substring(1, array.length() - 1).trim() : "";
            if (!inside.isEmpty()) {
                elements.add(inside);
            }
        }
        AtomicFiles.replace(target, "[\n" + String.join(",\n", elements) + "\n]\n");
    }
}
