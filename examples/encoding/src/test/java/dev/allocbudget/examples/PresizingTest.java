package dev.allocbudget.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.allocbudget.examples.codec.Account;
import dev.allocbudget.examples.codec.Names;
import org.junit.jupiter.api.Test;

class PresizingTest {
    @Test
    void budgetMethodsAgree() {
        PresizingBudget budget = new PresizingBudget();
        assertEquals(100, budget.after().size());
        assertEquals(budget.before(), budget.after());
    }

    @Test
    void sameListForEverySize() {
        for (int n : new int[] {0, 1, 10, 11, 100, 1000}) {
            Account[] page = PresizingBudget.page(n);
            assertEquals(Names.growing(page), Names.presized(page));
        }
    }
}
