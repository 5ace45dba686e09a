package dev.allocbudget.core.model;

import java.nio.file.Path;
import java.util.List;

/**
 * The baseline a check compared with, for the reports.
 *
 * @param file           the baseline file
 * @param java           the Java feature version of this run ({@code "17"}), the section compared with
 * @param javaInFile     the Java feature versions the file has figures for
 * @param stale          ids of entries in this run's section that name no method of the module
 */
public record BaselineUse(Path file, String java, List<String> javaInFile, List<String> stale) {
    public BaselineUse {
        javaInFile = List.copyOf(javaInFile);
        stale = List.copyOf(stale);
    }

    /** True when the file has figures for this run's Java feature version. */
    public boolean hasJava() {
        return javaInFile.contains(java);
    }
}
