package dev.allocbudget.core.model;

import java.util.List;

/**
 * An order in which C2 compiles a budget method and its callees. The order can decide what escape analysis removes:
 * a callee compiled on its own before the method is not inlined into it when its code is already big ("already
 * compiled into a big method"), and an object it makes then escapes; the profiles the method is compiled with
 * decide too. A JVM that compiles in the background (JMH's forks, production) takes one order or the other by
 * timing; each order here is the same in every run (docs/measurement.md, "One method, two compilations").
 */
public enum CompileOrder {
    /**
     * The forks' own order, compiling synchronously ({@code -Xbatch}): callees that get hot on their own reach C2
     * first.
     */
    CALLEES_FIRST("calleesFirst", "callees compiled first"),
    /**
     * The method first: every compile threshold 20 times higher (so callees are profiled longer and compiled later),
     * the method's own only twice as high (so it reaches C2 before them), and a callee compiled earlier still inlined
     * ({@code InlineSmallCode}).
     */
    METHOD_FIRST("methodFirst", "method compiled first");

    private final String jsonName;
    private final String text;

    CompileOrder(String jsonName, String text) {
        this.jsonName = jsonName;
        this.text = text;
    }

    /** The name in report.json. */
    public String jsonName() {
        return jsonName;
    }

    /** How reports say it: "callees compiled first". */
    public String text() {
        return text;
    }

    /** The forks' extra flags for this order, for the budget method {@code className::method}. */
    public List<String> jvmFlags(String className, String method) {
        if (this == CALLEES_FIRST) {
            return List.of();
        }
        return List.of("-XX:CompileThresholdScaling=20", "-XX:CompileCommand=quiet",
                "-XX:CompileCommand=CompileThresholdScaling," + className + "::" + method + ",2.0",
                "-XX:InlineSmallCode=100000");
    }
}
