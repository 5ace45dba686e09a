package dev.allocbudget.core.baseline;

import dev.allocbudget.core.model.BaselineEntry;
import dev.allocbudget.core.model.Environment;
import dev.allocbudget.runner.protocol.MethodId;
import java.util.Collections;
import java.util.Comparator;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The recorded figures of a module: per Java feature version ({@code "17"}, {@code "25"}), the environment they were
 * measured on and one entry per method id. Figures depend on the JDK ({@code String.format} allocates 1136 B on
 * JDK 17 and 400 B on JDK 25), so each feature version keeps its own section.
 */
public record Baseline(SortedMap<String, Section> sections) {

    /** Feature versions in numeric order: 17 before 25 before 100. */
    static final Comparator<String> JAVA_ORDER = Comparator.comparingInt(String::length)
            .thenComparing(Comparator.naturalOrder());

    public static final Baseline EMPTY = new Baseline(new TreeMap<>(JAVA_ORDER));

    public Baseline {
        SortedMap<String, Section> copy = new TreeMap<>(JAVA_ORDER);
        copy.putAll(sections);
        sections = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * One Java feature version's figures.
     *
     * @param environment what they were measured on
     * @param methods     by id, sorted
     */
    public record Section(Environment environment, SortedMap<MethodId, BaselineEntry> methods) {
        public Section {
            methods = Collections.unmodifiableSortedMap(new TreeMap<>(methods));
        }
    }

    /** The section for a feature version, or {@code null}. */
    public Section section(String java) {
        return sections.get(java);
    }

    /** This baseline with one section replaced (or added). */
    public Baseline with(String java, Section section) {
        SortedMap<String, Section> copy = new TreeMap<>(sections);
        copy.put(java, section);
        return new Baseline(copy);
    }
}
