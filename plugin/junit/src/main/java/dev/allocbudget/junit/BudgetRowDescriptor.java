package dev.allocbudget.junit;

import dev.allocbudget.runner.protocol.MethodId;
import java.lang.reflect.Method;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;

/**
 * One budget method, or one {@code @Param} row of it: a test named as the method and its row
 * ({@code encode[kind=ascii,size=16]}), which the check measures under its id ({@code demo.Codec#encode[...]}). It
 * holds the method, as JUnit's own method descriptors do.
 */
final class BudgetRowDescriptor extends AbstractTestDescriptor {
    static final String SEGMENT = "row";

    private final MethodId id;
    private final Method method;

    BudgetRowDescriptor(UniqueId parent, MethodId id, Method method) {
        super(parent.append(SEGMENT, id.methodWithRow()), id.methodWithRow(), MethodSource.from(method));
        this.id = id;
        this.method = method;
    }

    /** The check's id of the row: the class, {@code #}, the method and its {@code @Param} values. */
    MethodId id() {
        return id;
    }

    Method method() {
        return method;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }
}
