package dev.allocbudget.runner.shape;

import java.lang.reflect.Method;

/**
 * What one measurement measures: a budget method, with one combination of its {@code @Param} values
 * ({@link ParamRow#NONE} for a method without). Its id is the method's id with the row's suffix:
 * {@code demo.CodecBench#encode[kind=ascii,size=16]}.
 */
public record BudgetRow(Method method, ParamRow params) {
    public String id() {
        return BudgetMethods.idOf(method) + params.suffix();
    }
}
