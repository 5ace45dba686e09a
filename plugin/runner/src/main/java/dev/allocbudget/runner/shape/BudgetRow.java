package dev.allocbudget.runner.shape;

import dev.allocbudget.runner.protocol.MethodId;
import java.lang.reflect.Method;

/**
 * What one measurement measures: a budget method, with one combination of its {@code @Param} values
 * ({@link ParamRow#NONE} for a method without). Its id is the method's id with the row's suffix:
 * {@code demo.CodecBench#encode[kind=ascii,size=16]}.
 */
public record BudgetRow(Method method, ParamRow params) {
    public MethodId id() {
        return MethodId.of(method).withRow(params.suffix());
    }
}
