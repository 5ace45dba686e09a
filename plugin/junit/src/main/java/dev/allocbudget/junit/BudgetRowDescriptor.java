package dev.allocbudget.junit;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;

/**
 * One budget method, or one {@code @Param} row of it: a test named as the method and its row
 * ({@code encode[kind=ascii,size=16]}), which the check measures under its id ({@code demo.Codec#encode[...]}).
 */
final class BudgetRowDescriptor extends AbstractTestDescriptor {
    static final String SEGMENT = "row";

    private final String methodId;

    BudgetRowDescriptor(UniqueId parent, String methodId, MethodSource source) {
        super(parent.append(SEGMENT, rowName(methodId)), rowName(methodId), source);
        this.methodId = methodId;
    }

    /** The check's id of the row: the class, {@code #}, the method and its {@code @Param} values. */
    String methodId() {
        return methodId;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    /** {@code encode[kind=ascii]} of {@code demo.Codec#encode[kind=ascii]}. */
    static String rowName(String methodId) {
        return methodId.substring(methodId.indexOf('#') + 1);
    }

    /** {@code encode} of {@code demo.Codec#encode[kind=ascii]}. */
    static String methodName(String methodId) {
        String row = rowName(methodId);
        int bracket = row.indexOf('[');
        return bracket < 0 ? row : row.substring(0, bracket);
    }
}
