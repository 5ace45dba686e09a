package dev.allocbudget.junit;

/**
 * The check's parts the engine needs beside JUnit. A dependency excluded or a class path put together by hand can
 * lack them; the engine then says which, where a linkage error would otherwise stop the launcher.
 */
final class EngineParts {
    private EngineParts() {}

    /** One class of each artifact the engine calls, with that artifact. */
    private static final String[][] PARTS = {
            {"dev.allocbudget.AllocationBudget", "dev.allocbudget:allocbudget-annotations"},
            {"dev.allocbudget.runner.shape.DeclaredBudgets", "dev.allocbudget:allocbudget-runner"},
            {"dev.allocbudget.core.AllocationCheck", "dev.allocbudget:allocbudget-core"},
    };

    /** What is missing and what to do, or {@code null} when every part loads. */
    static String missing() {
        for (String[] part : PARTS) {
            try {
                Class.forName(part[0], false, EngineParts.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                return "allocbudget cannot measure: " + part[1] + " is not on the test class path (" + part[0]
                        + " cannot be loaded: " + e + "). The engine dev.allocbudget:allocbudget-junit needs it and"
                        + " brings it as a dependency: declare allocbudget-junit in test scope without excluding"
                        + " its dependencies, or put " + part[1] + " of the same version on the class path.";
            }
        }
        return null;
    }
}
