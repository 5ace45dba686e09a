package demo.app;

import dev.allocbudget.AllocationBudget;

public class CheckoutBudget {
    public int a = 3;
    public int b = 4;

    @AllocationBudget(bytes = 0)
    public int total() {
        return Checkout.total(a, b);
    }
}
