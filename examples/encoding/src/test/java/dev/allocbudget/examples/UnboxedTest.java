package dev.allocbudget.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.allocbudget.examples.codec.LatencyWindow;
import org.junit.jupiter.api.Test;

class UnboxedTest {
    @Test
    void budgetMethodsAgree() {
        UnboxedBudget budget = new UnboxedBudget();
        assertEquals(36_643, budget.before());
        assertEquals(budget.before(), budget.after());
        assertEquals(budget.before(), budget.localBoxes());
        assertEquals(852, budget.beforeSmallValues());
        assertEquals(budget.after(), budget.after()); // the window is cleared per call
    }

    @Test
    void windowGrowsPastItsCapacity() {
        LatencyWindow window = new LatencyWindow(2);
        for (long v = 1; v <= 100; v++) {
            window.add(v);
        }
        assertEquals(100, window.size());
        assertEquals(5050, window.sum());
        assertEquals(100, window.max());
        window.clear();
        window.add(-5);
        assertEquals(-5, window.sum());
        assertEquals(-5, window.max());
    }
}
