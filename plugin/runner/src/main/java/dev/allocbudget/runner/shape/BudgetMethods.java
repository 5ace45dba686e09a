package dev.allocbudget.runner.shape;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.AllocationBudgets;
import dev.allocbudget.runner.protocol.MethodId;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** The shape rules a budget method must follow, and finding the method an id names. */
public final class BudgetMethods {
    /** The most threads a budget may call its method with. */
    public static final int MAX_THREADS = 256;

    private BudgetMethods() {}

    /**
     * Returns why {@code method} cannot be measured as a budget method, or {@code null} when its shape is valid.
     * The text names the rule, so that together with the id it tells the user what to change.
     */
    public static String problemWith(Method method, AllocationBudget[] budgets) {
        Class<?> type = method.getDeclaringClass();
        if (type.isInterface() || type.isAnnotation() || type.isEnum() || type.isRecord()) {
            return "budget methods must be declared in a class; " + type.getName() + " is not a plain class";
        }
        if (type.isLocalClass() || type.isAnonymousClass()) {
            return "class " + type.getName() + " is local or anonymous; declare it as a public top-level or static nested class";
        }
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return "class " + c.getName() + " is not public; the class of a budget method (and every class enclosing it) must be public";
            }
        }
        if (type.isMemberClass() && !Modifier.isStatic(type.getModifiers())) {
            return "class " + type.getName() + " is an inner (non-static) class; make it a static nested class";
        }
        if (Modifier.isAbstract(type.getModifiers())) {
            return "class " + type.getName() + " is abstract; it must be instantiable with a public no-argument constructor";
        }
        if (publicNoArgConstructor(type) == null) {
            return "class " + type.getName() + " has no public no-argument constructor; the check creates one instance per method";
        }
        if (!Modifier.isPublic(method.getModifiers())) {
            return "method is not public; budget methods must be public";
        }
        if (Modifier.isStatic(method.getModifiers())) {
            return "method is static; budget methods are instance methods (the fields of their class are the state)";
        }
        String shape = JmhShape.of(method).problem;
        if (shape != null) {
            return shape;
        }
        for (AllocationBudget budget : budgets) {
            if (budget.bytes() < AllocationBudget.UNLIMITED) {
                return "bytes = " + budget.bytes() + " is not a valid budget; use 0 or more, or -1 for no limit";
            }
            if (budget.objects() < AllocationBudget.UNLIMITED) {
                return "objects = " + budget.objects() + " is not a valid budget; use 0 or more, or -1 for no limit";
            }
            if (budget.threads() < 1 || budget.threads() > MAX_THREADS) {
                return "threads = " + budget.threads() + " is not valid; use 1 to " + MAX_THREADS
                        + " (how many threads call the method at once)";
            }
            double tolerance = budget.tolerancePercent();
            if (tolerance != AllocationBudget.BUILD_DEFAULT && !(tolerance >= 0 && tolerance <= 1000)) {
                return "tolerancePercent = " + tolerance + " is not valid; use a percentage from 0 to 1000, or -1"
                        + " for the build's default";
            }
        }
        return JavaBudgets.forJava(budgets, Runtime.version().feature()).problem();
    }

    static Constructor<?> publicNoArgConstructor(Class<?> type) {
        try {
            Constructor<?> c = type.getConstructor();
            return Modifier.isPublic(c.getModifiers()) ? c : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /**
     * The methods carrying {@link AllocationBudget} (once, or more through {@link AllocationBudgets}), without the bridge methods javac adds (it copies the
     * annotation onto them, e.g. {@code Object get()} next to {@code Integer get()} of a {@code Supplier<Integer>}).
     */
    public static List<Method> annotated(Method[] declared) {
        List<Method> annotated = new ArrayList<>();
        for (Method m : declared) {
            if (isBudgetMethod(m)) {
                annotated.add(m);
            }
        }
        annotated.sort(BY_NAME_AND_ARITY); // stable: methods alike keep their order
        return Collections.unmodifiableList(annotated);
    }

    private static boolean isBudgetMethod(Method m) {
        return !m.isBridge() && !m.isSynthetic()
                && (m.isAnnotationPresent(AllocationBudget.class) || m.isAnnotationPresent(AllocationBudgets.class));
    }

    /**
     * By name, then by number of parameters. A class rather than {@code Comparator.comparing}: the forks use it, and
     * a fork's lambdas each cost it start-up time.
     */
    private static final Comparator<Method> BY_NAME_AND_ARITY = new Comparator<>() {
        @Override
        public int compare(Method a, Method b) {
            int byName = a.getName().compareTo(b.getName());
            return byName != 0 ? byName : Integer.compare(a.getParameterCount(), b.getParameterCount());
        }
    };

    /**
     * Resolves an id to the annotated method it names and, for a method with {@code @Param} fields, the row its
     * {@code [name=value,...]} suffix names; throws with a message for the user when there is no such method or row.
     * A method whose shape is refused resolves to its {@link ParamRow#NONE} row, for the caller to report why.
     */
    public static BudgetRow resolve(MethodId id, ClassLoader loader) throws ClassNotFoundException {
        Class<?> type = Class.forName(id.className(), false, loader);
        String name = id.method();
        String suffix = id.row();
        // the first of annotated(...) with that name, without reading the annotations of the class's other methods
        Method method = null;
        for (Method m : type.getDeclaredMethods()) {
            if (m.getName().equals(name) && isBudgetMethod(m)
                    && (method == null || m.getParameterCount() < method.getParameterCount())) {
                method = m;
            }
        }
        if (method == null) {
            throw new IllegalArgumentException("no @AllocationBudget method named " + name + " in " + type.getName());
        }
        JmhShape shape = JmhShape.of(method);
        if (shape.problem != null) {
            return new BudgetRow(method, ParamRow.NONE);
        }
        List<ParamRow> rows = shape.rows();
        for (ParamRow row : rows) {
            if (row.suffix().equals(suffix)) {
                return new BudgetRow(method, row);
            }
        }
        throw new IllegalArgumentException("no row " + (suffix.isEmpty() ? "without @Param values" : suffix) + " of "
                + MethodId.of(method) + "; its rows are " + rows.stream().map(ParamRow::suffix).toList());
    }
}
