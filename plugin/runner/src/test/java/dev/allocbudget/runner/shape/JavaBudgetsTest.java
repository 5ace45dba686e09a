package dev.allocbudget.runner.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.allocbudget.AllocationBudget;
import java.util.List;
import org.junit.jupiter.api.Test;

public class JavaBudgetsTest {
    public static class Budgets {
        @AllocationBudget(bytes = 64)
        public void one() {}

        @AllocationBudget(bytes = 296)
        @AllocationBudget(bytes = 96, java = "21+")
        public void newerAllocatesLess() {}

        @AllocationBudget(bytes = 200, java = "17-20")
        @AllocationBudget(bytes = 100, java = " 21 - 24 ")
        @AllocationBudget(bytes = 50, java = "25")
        public void threeRanges() {}

        @AllocationBudget(bytes = 96, java = "21+")
        public void onlyNewer() {}

        @AllocationBudget(bytes = 1, java = "17-21")
        @AllocationBudget(bytes = 2, java = "21+")
        public void overlapping() {}

        @AllocationBudget(bytes = 1, java = "21-17")
        public void empty() {}

        @AllocationBudget(bytes = 1, java = "jdk21")
        public void unreadable() {}

        @AllocationBudget(bytes = 1)
        @AllocationBudget(bytes = 2)
        public void twoWithoutRange() {}
    }

    private static JavaBudgets.Choice on(String method, int feature) throws Exception {
        return JavaBudgets.forJava(Budgets.class.getMethod(method), feature);
    }

    private static List<Object> chosen(String method, int feature) throws Exception {
        JavaBudgets.Choice c = on(method, feature);
        return java.util.Arrays.asList(c.budget() == null ? null : c.budget().bytes(), c.applies(), c.problem());
    }

    @Test
    void oneBudgetAppliesEverywhereAndSaysNothingAboutJava() throws Exception {
        assertEquals(java.util.Arrays.asList(64L, null, null), chosen("one", 17));
        assertEquals(java.util.Arrays.asList(64L, null, null), chosen("one", 25));
    }

    @Test
    void theRangeHoldingTheVersionWinsElseTheBudgetWithoutOne() throws Exception {
        assertEquals(java.util.Arrays.asList(296L, "budget for other Java versions", null), chosen("newerAllocatesLess", 17));
        assertEquals(java.util.Arrays.asList(96L, "budget for Java 21+", null), chosen("newerAllocatesLess", 21));
        assertEquals(java.util.Arrays.asList(96L, "budget for Java 21+", null), chosen("newerAllocatesLess", 25));
        assertEquals(java.util.Arrays.asList(200L, "budget for Java 17-20", null), chosen("threeRanges", 20));
        assertEquals(java.util.Arrays.asList(100L, "budget for Java 21 - 24", null), chosen("threeRanges", 22));
        assertEquals(java.util.Arrays.asList(50L, "budget for Java 25", null), chosen("threeRanges", 25));
    }

    @Test
    void aJavaNoBudgetCoversHasNoLimitAndSaysSo() throws Exception {
        assertEquals(java.util.Arrays.asList(null, "no budget for Java 17", null), chosen("onlyNewer", 17));
        assertEquals(java.util.Arrays.asList(null, "no budget for Java 26", null), chosen("threeRanges", 26));
    }

    /** Problems are the method's whatever Java the forks run: a budget file that works on one JDK only is a trap. */
    @Test
    void overlappingEmptyUnreadableOrTwoUnrangedBudgetsAreAProblemOnEveryJava() throws Exception {
        for (int feature : new int[] {11, 17, 21, 25}) {
            assertEquals("the budgets for java = \"17-21\" and java = \"21+\" both apply to Java 21; give each Java"
                    + " version one budget", on("overlapping", feature).problem());
            assertEquals("java = \"21-17\" is an empty range: it ends before it starts", on("empty", feature).problem());
            assertEquals("java = \"jdk21\" is not a range of Java feature versions; write \"21\", \"21+\" or"
                    + " \"17-20\"", on("unreadable", feature).problem());
            assertEquals("two budgets of the method have no java range; give every budget but one a range of Java"
                    + " versions (java = \"21+\")", on("twoWithoutRange", feature).problem());
            assertNull(on("overlapping", feature).budget());
        }
    }

    @Test
    void theShapeRuleNamesTheProblem() throws Exception {
        assertEquals("the budgets for java = \"17-21\" and java = \"21+\" both apply to Java 21; give each Java version"
                + " one budget", BudgetMethods.problemWith(Budgets.class.getMethod("overlapping"),
                        JavaBudgets.of(Budgets.class.getMethod("overlapping"))));
        assertEquals(List.of("one", "newerAllocatesLess", "threeRanges", "onlyNewer", "overlapping", "empty",
                "unreadable", "twoWithoutRange").stream().sorted().toList(),
                BudgetMethods.annotated(Budgets.class.getDeclaredMethods()).stream().map(m -> m.getName()).sorted()
                        .toList(), "methods with several budgets are budget methods");
    }
}
