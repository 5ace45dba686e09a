package dev.allocbudget;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The budgets of a method that has one per range of Java versions: written by the compiler when a method carries
 * {@link AllocationBudget} more than once, not by hand.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AllocationBudgets {
    AllocationBudget[] value();
}
