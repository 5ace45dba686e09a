package dev.allocbudget.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdFilterTest {

    @Test
    void noGlobsMatchEverything() {
        assertTrue(new IdFilter(List.of()).matches("a.B#c"));
    }

    @Test
    void starAndQuestionMarkAreTheOnlyWildcards() {
        IdFilter f = new IdFilter(List.of("*Parser#*", " com.acme.Codec#encode? "));
        assertTrue(f.matches("com.acme.Parser#parse"));
        assertTrue(f.matches("com.acme.Codec#encode1"));
        assertFalse(f.matches("com.acme.Codec#encode"));
        assertFalse(f.matches("com.acme.ParserX#parse"));
        assertFalse(new IdFilter(List.of("a.B#c")).matches("aXB#c"), "a dot is literal");
        assertTrue(new IdFilter(List.of("a.B$Nested#c")).matches("a.B$Nested#c"), "a dollar is literal");
    }

    @Test
    void surefiresFormsSelectByClass() {
        String id = "com.acme.hot.HotBudget#formatLog";
        for (String form : List.of("HotBudget", "com.acme.hot.HotBudget", "HotBudget#formatLog", "Hot*#format*",
                "com.acme.hot.HotBudget#formatLog")) {
            assertTrue(new IdFilter(List.of(form)).matches(id), form);
        }
        for (String form : List.of("Hot", "acme.hot.HotBudget", "HotBudget#format", "ColdBudget", "formatLog")) {
            assertFalse(new IdFilter(List.of(form)).matches(id), form);
        }
        assertTrue(new IdFilter(List.of("Outer$Inner")).matches("a.Outer$Inner#m"), "a nested class by its name");
    }

    @Test
    void theClosestIdsToATypoAreThoseItIsFewestEditsFrom() {
        List<String> ids = List.of("dev.ex.RouterBudget#staticRoute", "dev.ex.RouterBudget#param",
                "dev.ex.CodecBudget#encode", "dev.ex.PoolBudget#borrow");
        assertEquals(List.of("dev.ex.RouterBudget#param", "dev.ex.RouterBudget#staticRoute"),
                IdFilter.closest(List.of("*Routr*"), ids, 2));
        assertEquals(List.of("dev.ex.CodecBudget#encode"), IdFilter.closest(List.of("*Codec#encdoe"), ids, 1));
        assertEquals(1, IdFilter.editsToSubstring("routr", "dev.ex.routerbudget"));
        assertEquals(0, IdFilter.editsToSubstring("budget", "dev.ex.routerbudget"));
    }
}
