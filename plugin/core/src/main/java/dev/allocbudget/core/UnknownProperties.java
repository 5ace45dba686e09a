package dev.allocbudget.core;

import dev.allocbudget.core.model.PropertyNames;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code allocbudget.*} properties a user set that nothing reads: a typo ({@code allocbudget.includs}) would
 * otherwise change nothing without a word. Each is a warning with the known name closest to it.
 */
public final class UnknownProperties {
    private static final String PREFIX = "allocbudget.";

    private UnknownProperties() {}

    /**
     * One warning per name in {@code given} that starts with {@code allocbudget.} and is neither in {@code known},
     * nor an old name ({@link PropertyNames#OLD_NAMES}), nor the engine's switch or the plugin's version.
     */
    public static List<String> warnings(Collection<String> given, Set<String> known) {
        return given.stream().filter(name -> name.startsWith(PREFIX)).distinct().sorted()
                .filter(name -> !known.contains(name) && !PropertyNames.OLD_NAMES.containsKey(name)
                        && !name.equals(PropertyNames.JUNIT_ENABLED) && !name.equals(PropertyNames.VERSION))
                .map(name -> name + " is set, but no allocbudget setting has that name, so it changes nothing."
                        + " Did you mean " + closest(name, known) + "? A setting's name is 'allocbudget.' followed by"
                        + " the goal parameter's name.")
                .toList();
    }

    /**
     * The JUnit engine's warnings: a name in {@code given} it does not read ({@code engineReads}) is either a
     * setting of the plugin's goals ({@code pluginReads}: JMH mode, the time gate), which the engine ignores, or
     * unknown to both, then with the closest name the engine reads.
     */
    public static List<String> engineWarnings(Collection<String> given, Set<String> engineReads,
            Set<String> pluginReads) {
        return given.stream().filter(name -> name.startsWith(PREFIX)).distinct().sorted()
                .filter(name -> !engineReads.contains(name) && !name.equals(PropertyNames.VERSION))
                .map(name -> pluginReads.contains(name) || PropertyNames.OLD_NAMES.containsKey(name)
                        ? name + " is set, but it is a setting of the plugin's goals, which the JUnit engine does not"
                                + " read: it changes nothing in these tests."
                        : name + " is set, but no allocbudget setting has that name, so it changes nothing. Did you"
                                + " mean " + closest(name, engineReads) + "?")
                .toList();
    }

    /** The known name with the fewest edits from {@code name}, ignoring case (then the first alphabetically). */
    static String closest(String name, Set<String> known) {
        String lower = name.toLowerCase(Locale.ROOT);
        return known.stream().sorted()
                .min(Comparator.comparingInt(k -> distance(lower, k.toLowerCase(Locale.ROOT))))
                .orElse(PREFIX + "skip");
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
