package dev.allocbudget.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The includes suggested for budget classes Surefire's includes missed. */
class SurefireIncludesTest {

    @Test
    void theLastWordOfAClassNameIsItsSuffix() {
        assertEquals("Budget", SurefireIncludes.lastWord("HotPathBudget"));
        assertEquals("Budgets", SurefireIncludes.lastWord("RouterBudgets"));
        assertEquals("Budget", SurefireIncludes.lastWord("Budget"));
        assertEquals("Budget2", SurefireIncludes.lastWord("HotBudget2"));
        assertEquals("allocations", SurefireIncludes.lastWord("allocations"));
    }

    @Test
    void surefiresDefaultsComeFirstThenOnePatternPerSuffix() {
        assertEquals(List.of("**/Test*.java", "**/*Test.java", "**/*Tests.java", "**/*TestCase.java",
                        "**/*Budget.java", "**/*Allocations.java"),
                SurefireIncludes.covering(List.of("com.acme.HotBudget", "com.acme.io.ColdBudget",
                        "com.acme.ParserAllocations")));
    }

    @Test
    void theElementIsReadyToPaste() {
        assertEquals("<includes><include>**/Test*.java</include><include>**/*Test.java</include>"
                        + "<include>**/*Tests.java</include><include>**/*TestCase.java</include>"
                        + "<include>**/*Budget.java</include></includes>",
                SurefireIncludes.element(List.of("HotBudget")));
    }
}
