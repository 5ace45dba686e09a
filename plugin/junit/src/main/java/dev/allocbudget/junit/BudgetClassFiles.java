package dev.allocbudget.junit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Whether a class has budget methods, read from its class file: for when its methods cannot be linked. The runner's
 * {@code ClassFiles} does the same in the forks; this copy links only the JDK, as it must work when the runner is
 * missing from the class path ({@link ProblemDiscovery}).
 */
final class BudgetClassFiles {
    /** How a class file names the annotation (in its constant pool, whatever the annotation's retention). */
    private static final byte[] ANNOTATION_DESCRIPTOR =
            "Ldev/allocbudget/AllocationBudget;".getBytes(StandardCharsets.UTF_8);

    private BudgetClassFiles() {}

    /** True when the class file names {@code @AllocationBudget}, or cannot be read (then it may). */
    static boolean mentionsBudgets(Class<?> type) {
        String file = type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class";
        try (InputStream in = type.getResourceAsStream(file)) {
            byte[] bytes = in == null ? new byte[0] : in.readAllBytes();
            for (int i = 0; i + ANNOTATION_DESCRIPTOR.length <= bytes.length; i++) {
                if (Arrays.equals(bytes, i, i + ANNOTATION_DESCRIPTOR.length, ANNOTATION_DESCRIPTOR, 0,
                        ANNOTATION_DESCRIPTOR.length)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
