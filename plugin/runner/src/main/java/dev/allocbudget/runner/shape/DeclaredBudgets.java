package dev.allocbudget.runner.shape;

import dev.allocbudget.runner.protocol.MethodId;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * The budget methods one class declares, as the check knows them: one entry per row (a method with JMH
 * {@code @Param} fields has one row per combination of their values, see {@link JmhShape}), each with its budget and,
 * when it cannot be measured, why. The discovery fork and the JUnit engine both list methods here, so the two find
 * the same ids. Runs no user code: the class need not be initialised.
 */
public final class DeclaredBudgets {
    private DeclaredBudgets() {}

    /** The rows of {@code type}'s budget methods, in declaration order; throws when its methods cannot be linked. */
    public static List<BudgetDeclaration> of(Class<?> type) {
        List<Method> annotated = BudgetMethods.annotated(type.getDeclaredMethods());
        List<BudgetDeclaration> rows = new ArrayList<>();
        int feature = Runtime.version().feature();
        for (Method m : annotated) {
            JavaBudgets.Choice budget = JavaBudgets.forJava(m, feature);
            long sameName = 0;
            for (Method o : annotated) {
                if (o.getName().equals(m.getName())) {
                    sameName++;
                }
            }
            if (sameName > 1) {
                rows.add(new BudgetDeclaration(MethodId.of(m), m, budget, sameName + " budget methods are named "
                        + m.getName()
                        + " in " + type.getName() + "; a method id must name one method, so rename the overloads"));
                continue;
            }
            try {
                rowsOf(m, budget, rows);
            } catch (LinkageError | RuntimeException e) {
                rows.add(new BudgetDeclaration(MethodId.of(m), m, budget, "the check cannot inspect the method: " + e));
            }
        }
        return rows;
    }

    /** One entry per row of the method (one row without @Param values), each measured on its own. */
    private static void rowsOf(Method m, JavaBudgets.Choice budget, List<BudgetDeclaration> rows) {
        String problem = BudgetMethods.problemWith(m, JavaBudgets.of(m));
        if (problem != null) {
            rows.add(new BudgetDeclaration(MethodId.of(m), m, budget, problem));
            return;
        }
        JmhShape shape = JmhShape.of(m);
        List<BudgetDeclaration> these = new ArrayList<>();
        for (ParamRow row : shape.rows()) {
            these.add(new BudgetDeclaration(new BudgetRow(m, row).id(), m, budget, shape.problemWith(row)));
        }
        rows.addAll(these); // all rows or, when listing them throws, none
    }
}
