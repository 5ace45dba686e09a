package dev.allocbudget.core.report;

import dev.allocbudget.core.io.AtomicFiles;
import dev.allocbudget.core.model.CheckOutcome;
import dev.allocbudget.core.model.FoldedStacks;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.ObjectCount;
import dev.allocbudget.runner.protocol.MethodId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The collapsed stack format that flamegraph.pl, speedscope and async-profiler's converter read: one line per path,
 * {@code root;frame;...;type COUNT}, the count in whole bytes per call. One file per method whose stacks were kept,
 * in {@code flame/} beside the reports, named by {@link #file}.
 */
public final class CollapsedStacks {
    /** The directory beside report.json. */
    public static final String DIR = "flame";
    private static final int MAX_NAME = 80;

    private CollapsedStacks() {}

    /**
     * The lines of one method's stacks. Counts are whole bytes (speedscope and async-profiler read only integers):
     * rounded, and 1 for a path that allocates under half a byte per call, so that no allocation disappears.
     */
    static String lines(FoldedStacks stacks) {
        StringBuilder text = new StringBuilder();
        stacks.paths().forEach((path, weight) ->
                text.append(joined(path)).append(' ').append(count(weight.bytesPerOp())).append('\n'));
        return text.toString();
    }

    /** difffolded.pl's format, {@code path BEFORE AFTER}, which flamegraph.pl draws as a differential graph. */
    static String diffLines(Map<List<String>, FoldedStacks.Change> changes) {
        StringBuilder text = new StringBuilder();
        changes.forEach((path, change) -> text.append(joined(path)).append(' ')
                .append(count(change.before().bytesPerOp())).append(' ')
                .append(count(change.after().bytesPerOp())).append('\n'));
        return text.toString();
    }

    private static long count(double bytesPerOp) {
        return bytesPerOp <= 0 ? 0 : Math.max(1, Math.round(bytesPerOp));
    }

    /**
     * A frame may not hold the separator or end a line: Java's frames and types cannot contain {@code ;} or a line
     * break, but a thread's name can. Spaces are fine: readers split the count off at the last one.
     */
    private static String joined(List<String> path) {
        return path.stream().map(f -> f.replace(';', ',').replace('\n', ' ').replace('\r', ' '))
                .collect(Collectors.joining(";"));
    }

    /**
     * The file of a method's stacks relative to the reports' directory, e.g.
     * {@code flame/demo.Codec_encode_kind_ascii_-3f2a19c0.exact.collapsed}, or {@code null} when it has none.
     * Letters, digits, {@code . _ -} only, at most {@value #MAX_NAME} of the id's characters, and a hash of the
     * whole id, so that ids differing in case or in a replaced character get files of their own on every OS.
     */
    public static String file(MethodResult r) {
        ObjectCount objects = r.objects();
        if (objects == null || objects.stacks().isEmpty()) {
            return null;
        }
        return DIR + "/" + safeName(r.id()) + "." + objects.stackCoverage().label() + ".collapsed";
    }

    /** Against a reference: {@code flame/....exact.collapsed} becomes {@code flame/....exact.diff.collapsed}. */
    static String diffFile(String file) {
        return file.substring(0, file.length() - ".collapsed".length()) + ".diff.collapsed";
    }

    private static String safeName(MethodId id) {
        String text = id.toString();
        String safe = text.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.substring(0, Math.min(safe.length(), MAX_NAME)) + "-" + hash(text);
    }

    private static String hash(String text) {
        return HexFormat.of().formatHex(sha256(text), 0, 4);
    }

    /** The SHA-256 of a text's UTF-8: names files here, and lets the page's own script run (HtmlFlameGraph). */
    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * Writes one file per method with stacks into {@code reportDir/flame}, after removing the files an earlier
     * check left there: a method no longer measured must not keep a graph of old stacks.
     */
    static void write(CheckOutcome outcome, Path reportDir) throws IOException {
        Path dir = reportDir.resolve(DIR);
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, "*.collapsed")) {
                for (Path file : old) {
                    Files.deleteIfExists(file);
                }
            }
        }
        for (MethodResult r : outcome.results()) {
            String file = file(r);
            if (file != null) {
                Files.createDirectories(dir);
                FoldedStacks after = FoldedStacks.of(r.objects().stacks());
                AtomicFiles.replace(reportDir.resolve(file), lines(after));
                FoldedStacks before = HtmlFlameGraph.before(r);
                if (before != null) {
                    AtomicFiles.replace(reportDir.resolve(diffFile(file)), diffLines(FoldedStacks.diff(before, after)));
                }
            }
        }
    }
}
