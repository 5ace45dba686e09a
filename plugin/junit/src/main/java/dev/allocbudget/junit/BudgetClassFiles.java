package dev.allocbudget.junit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
            return in != null && mentionsBudgets(in.readAllBytes());
        } catch (IOException e) {
            return true;
        }
    }

    /** The same for a class file on disk, without loading the class: false when it cannot be read. */
    static boolean mentionsBudgets(Path classFile) {
        try {
            return mentionsBudgets(Files.readAllBytes(classFile));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean mentionsBudgets(byte[] classFile) {
        for (int i = 0; i + ANNOTATION_DESCRIPTOR.length <= classFile.length; i++) {
            if (Arrays.equals(classFile, i, i + ANNOTATION_DESCRIPTOR.length, ANNOTATION_DESCRIPTOR, 0,
                    ANNOTATION_DESCRIPTOR.length)) {
                return true;
            }
        }
        return false;
    }
}
