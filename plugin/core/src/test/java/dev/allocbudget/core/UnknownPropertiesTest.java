package dev.allocbudget.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.allocbudget.core.model.PropertyNames;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnknownPropertiesTest {
    private static final Set<String> KNOWN = Set.of(PropertyNames.INCLUDES, PropertyNames.JMH_ITERATIONS,
            PropertyNames.JMH_ITERATION_TIME, PropertyNames.SKIP, PropertyNames.BASELINE_FILE);

    @Test
    void aMisspelledSettingIsNamedWithTheClosestKnownOne() {
        assertEquals(List.of("allocbudget.includs is set, but no allocbudget setting has that name, so it changes"
                + " nothing. Did you mean allocbudget.includes? A setting's name is 'allocbudget.' followed by the goal"
                + " parameter's name."), UnknownProperties.warnings(List.of("allocbudget.includs", "user.home"), KNOWN));
    }

    @Test
    void theClosestNameIgnoresCase() {
        assertEquals("allocbudget.jmhIterations", UnknownProperties.closest("allocbudget.jmhiterations", KNOWN));
        assertEquals("allocbudget.baselineFile", UnknownProperties.closest("allocbudget.baseline", KNOWN));
    }

    @Test
    void knownNamesOldNamesTheEngineSwitchAndTheVersionAreNotWarnedAbout() {
        assertEquals(List.of(), UnknownProperties.warnings(List.of("allocbudget.includes", "allocbudget.jmh.iterations",
                "allocbudget.junit.enabled", "allocbudget.version", "maven.test.skip"), KNOWN));
    }

    @Test
    void eachUnknownNameIsWarnedAboutOnceInOrder() {
        List<String> warnings = UnknownProperties.warnings(List.of("allocbudget.zz", "allocbudget.aa",
                "allocbudget.zz"), KNOWN);
        assertEquals(2, warnings.size());
        assertEquals(true, warnings.get(0).startsWith("allocbudget.aa is set"));
    }

    @Test
    void distanceCountsEdits() {
        assertEquals(0, UnknownProperties.distance("abc", "abc"));
        assertEquals(1, UnknownProperties.distance("includs", "includes"));
        assertEquals(3, UnknownProperties.distance("kitten", "sitting"));
        assertEquals(4, UnknownProperties.distance("", "skip"));
    }

    @Test
    void theEngineSaysWhichSettingsOnlyThePluginReadsAndWhichAreUnknown() {
        Set<String> engine = Set.of(PropertyNames.INCLUDES, PropertyNames.SITES);
        assertEquals(List.of("allocbudget.jmh is set, but it is a setting of the plugin's goals, which the JUnit engine"
                        + " does not read: it changes nothing in these tests.",
                "allocbudget.sitess is set, but no allocbudget setting has that name, so it changes nothing. Did you"
                        + " mean allocbudget.sites?"),
                UnknownProperties.engineWarnings(List.of("allocbudget.includes", "allocbudget.jmh", "allocbudget.sitess",
                        "allocbudget.version", "java.home"), engine, PropertyNames.settings()));
    }

    @Test
    void theSettingsAreEveryAllocbudgetNameButTheVersion() {
        Set<String> settings = PropertyNames.settings();
        assertEquals(true, settings.containsAll(Set.of(PropertyNames.INCLUDES, PropertyNames.JMH_FORKS,
                PropertyNames.JUNIT_ENABLED, PropertyNames.TIME_GATE)));
        assertEquals(false, settings.contains(PropertyNames.VERSION));
        assertEquals(false, settings.contains(PropertyNames.SKIP_TESTS));
    }
}
