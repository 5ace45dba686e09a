package dev.allocbudget.junit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code <includes>} to suggest for budget classes Surefire's includes missed: Surefire's defaults, which an
 * {@code <includes>} replaces rather than extends, and one pattern per last word of the classes' names
 * ({@code com.acme.HotBudget} gives <code>**&#47;*Budget.java</code>), so that the next budget class is included too.
 */
final class SurefireIncludes {
    /** Surefire 3's default includes. */
    static final List<String> DEFAULTS = List.of("**/Test*.java", "**/*Test.java", "**/*Tests.java",
            "**/*TestCase.java");

    private SurefireIncludes() {}

    /** Surefire's defaults and the patterns that match {@code classNames}. */
    static List<String> covering(Collection<String> classNames) {
        Set<String> includes = new LinkedHashSet<>(DEFAULTS);
        for (String name : classNames) {
            includes.add("**/*" + lastWord(simpleName(name)) + ".java");
        }
        return new ArrayList<>(includes);
    }

    /** The element to paste into maven-surefire-plugin's {@code <configuration>}. */
    static String element(Collection<String> classNames) {
        StringBuilder xml = new StringBuilder("<includes>");
        covering(classNames).forEach(include -> xml.append("<include>").append(include).append("</include>"));
        return xml.append("</includes>").toString();
    }

    /** From the last capital letter on ({@code HotPathBudget}: {@code Budget}); the whole name if it has none. */
    static String lastWord(String simpleName) {
        for (int i = simpleName.length() - 1; i >= 0; i--) {
            if (Character.isUpperCase(simpleName.charAt(i))) {
                return simpleName.substring(i);
            }
        }
        return simpleName;
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
