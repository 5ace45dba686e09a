package dev.allocbudget.core.aggregate;

import dev.allocbudget.core.aggregate.ModuleReport.State;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reports of every module of a build, merged: the modules in the build's order, with what sets each apart
 * (another JDK, an earlier build, no report), and all their methods, the worst verdict first, then by module, then
 * by id.
 *
 * @param buildStart    when this build started: a report written before it is from an earlier build
 * @param pluginVersion the version of the plugin aggregating
 * @param java          the JDK most modules were measured on ({@link ModuleReport#java()}), or null when none was read
 */
public record BuildReport(List<ModuleReport> modules, List<ModuleMethod> methods, Instant buildStart,
        String pluginVersion, String java) {

    /** Worst first: over budget, then regressed, then not measured; a verdict of another version before passes. */
    private static final List<String> VERDICT_ORDER = List.of("FAIL", "REGRESSED", "ERROR");

    public BuildReport {
        modules = List.copyOf(modules);
        methods = List.copyOf(methods);
    }

    /** @param modules every module of the project, in the build's order */
    public static BuildReport merge(List<ModuleReport> modules, Instant buildStart, String pluginVersion) {
        List<ModuleMethod> methods = new ArrayList<>();
        for (ModuleReport module : modules) {
            module.methods().forEach(m -> methods.add(new ModuleMethod(module, m)));
        }
        // a stable sort: within a module, the methods keep their report's order (by id)
        methods.sort(Comparator.comparingInt((ModuleMethod m) -> verdictRank(m.verdict()))
                .thenComparing(m -> m.module().name())
                .thenComparing(m -> m.module().source().path()));
        return new BuildReport(modules, methods, buildStart, pluginVersion, mostCommon(modules, ModuleReport::java));
    }

    static int verdictRank(String verdict) {
        int rank = VERDICT_ORDER.indexOf(verdict);
        return rank >= 0 ? rank : "PASS".equals(verdict) ? VERDICT_ORDER.size() + 1 : VERDICT_ORDER.size();
    }

    public List<ModuleMethod> attention() {
        return methods.stream().filter(m -> !m.passed()).toList();
    }

    public List<ModuleMethod> passed() {
        return methods.stream().filter(ModuleMethod::passed).toList();
    }

    public List<ModuleReport> with(State state) {
        return modules.stream().filter(m -> m.state() == state).toList();
    }

    /** Modules whose report could not be used although there is one: corrupt, or of another format. */
    public List<ModuleReport> unusable() {
        return modules.stream().filter(m -> m.state() == State.UNREADABLE || m.state() == State.OTHER_FORMAT)
                .toList();
    }

    public long methodsWith(String verdict) {
        return methods.stream().filter(m -> verdict.equals(m.verdict())).count();
    }

    /** Whether the module's figures are from another JDK than most modules'. */
    public boolean otherJava(ModuleReport module) {
        return module.isRead() && java != null && !java.equals(module.java());
    }

    /**
     * Whether the module's report was written before this build started, while others were written in it: the
     * module was left out of this build, or not checked again. When no module was checked in this build (the goal
     * run on its own, after the build), every report is from before it, and none is set apart for that.
     */
    public boolean earlier(ModuleReport module) {
        return checkedInThisBuild() && module.written() != null && module.written().isBefore(buildStart);
    }

    /** Whether any module's report was written since this build started. */
    public boolean checkedInThisBuild() {
        return buildStart != null && modules.stream()
                .anyMatch(m -> m.isRead() && m.written() != null && !m.written().isBefore(buildStart));
    }

    /** Whether another version of the plugin wrote the module's report (in the same format). */
    public boolean otherPlugin(ModuleReport module) {
        return module.isRead() && !Objects.equals(pluginVersion, module.environment("pluginVersion"));
    }

    /**
     * What sets the module apart from the build, in a user's words: {@code measured on Java 21.0.2 (Eclipse
     * Adoptium); most modules on Java 17.0.15 (Debian)}; none for a module like the others.
     */
    public List<String> notes(ModuleReport module) {
        List<String> notes = new ArrayList<>();
        if (!module.isRead()) {
            notes.add(module.problem());
        }
        if (!module.source().inThisBuild()) {
            notes.add("not in this build (left out by -pl or -rf)");
        }
        if (earlier(module) && module.isRead()) {
            notes.add("from an earlier build: written " + module.written().truncatedTo(ChronoUnit.SECONDS)
                    + ", before this build started");
        }
        if (otherJava(module)) {
            notes.add("measured on Java " + module.java() + "; most modules on Java " + java);
        }
        if (otherPlugin(module)) {
            notes.add("written by allocbudget " + module.environment("pluginVersion") + ", not " + pluginVersion);
        }
        return notes;
    }

    /** The value most modules have (the first module's among equals), or null when none has one. */
    private static String mostCommon(List<ModuleReport> modules, Function<ModuleReport, String> value) {
        Map<String, Long> counts = modules.stream().map(value).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(v -> v, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
