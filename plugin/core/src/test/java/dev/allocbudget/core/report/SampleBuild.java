package dev.allocbudget.core.report;

import dev.allocbudget.core.aggregate.BuildReport;
import dev.allocbudget.core.aggregate.ModuleSource;
import dev.allocbudget.core.model.CheckOutcome;
import dev.allocbudget.core.model.Environment;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.SampleOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A build of six modules on disk, their reports written by the per-module writer ({@link JsonReport}, from the
 * sample outcome) or missing, cut off, of another format, or from another JDK and an earlier build: every aggregate
 * writer is tested on it.
 */
final class SampleBuild {
    static final Instant BUILD_START = Instant.parse("2026-12-07T10:00:00Z");
    static final Environment JDK17 = new Environment("17.0.15", "Debian", "OpenJDK 64-Bit Server VM", "G1",
            "0.1.0-SNAPSHOT");
    static final Environment JDK21 = new Environment("21.0.2", "Eclipse Adoptium", "OpenJDK 64-Bit Server VM",
            "G1", "0.1.0-SNAPSHOT");

    final Path root;
    /** The modules in the build's order; tests may change it. */
    final List<ModuleSource> sources = new ArrayList<>();

    private SampleBuild(Path root) {
        this.root = root;
    }

    /** The build with its six modules written under {@code root}. */
    static SampleBuild write(Path root) throws IOException {
        SampleBuild build = new SampleBuild(root);
        build.module("parent", ".", null, true); // a packaging-pom root: the check never runs there
        // every verdict, as the check writes it
        build.module("web", "web", JsonReport.render(SampleOutcome.outcome()), true);
        // two passes on the same JDK
        build.module("core", "libs/core", JsonReport.render(outcome(JDK17, "RouterBudget#staticRoute",
                "RouterBudget#paramAsString")), true);
        // measured on another JDK, before this build started, and not in it (-pl)
        Path legacy = build.module("legacy", "legacy", JsonReport.render(outcome(JDK21, "RouterBudget#staticRoute")),
                false);
        Files.setLastModifiedTime(legacy, FileTime.from(BUILD_START.minus(Duration.ofHours(3))));
        // cut off in the middle: a disk that filled up, a build killed while writing
        build.module("broken", "broken", "{\n  \"formatVersion\": 1,\n  \"methods\": [\n    {\"id\": \"a#b\"", true);
        build.module("future", "future", "{\"formatVersion\": 2, \"environment\": {\"pluginVersion\": \"9.0.0\"},"
                + " \"methods\": []}", true);
        return build;
    }

    /** A module of the build, its report written with the given text (none when null), during the build. */
    Path module(String name, String path, String report, boolean inThisBuild) throws IOException {
        Path file = root.resolve(path).resolve("target/allocbudget/report.json").normalize();
        if (report != null) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, report, StandardCharsets.UTF_8);
            Files.setLastModifiedTime(file, FileTime.from(BUILD_START.plusSeconds(60)));
        }
        sources.add(new ModuleSource(name, path, file, inThisBuild));
        return file;
    }

    /** The sample's methods of these ids ({@code RouterBudget#staticRoute}), measured on {@code env}. */
    static CheckOutcome outcome(Environment env, String... ids) {
        List<MethodResult> results = new ArrayList<>();
        for (String id : ids) {
            results.add(SampleOutcome.result(SampleOutcome.PKG + id));
        }
        return new CheckOutcome(env, results, null, Duration.ofSeconds(2));
    }

    BuildReport read() {
        return AggregateReports.read(sources, BUILD_START, "0.1.0-SNAPSHOT");
    }
}
