package dev.allocbudget.runner.shape;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** What can be read from a class file's bytes without loading the class: for classes the JVM refuses. */
public final class ClassFiles {
    /** How a class file names {@code @AllocationBudget} (in its constant pool, where a method carries it). */
    public static final byte[] BUDGET_ANNOTATION =
            "Ldev/allocbudget/AllocationBudget;".getBytes(StandardCharsets.UTF_8);

    private ClassFiles() {}

    /** True when {@code bytes} hold {@code text} (a constant-pool entry, say). */
    public static boolean mentions(byte[] bytes, byte[] text) {
        for (int i = 0; i + text.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + text.length, text, 0, text.length)) {
                return true;
            }
        }
        return false;
    }

    /** The class file's major version (61 for Java 17), or 0 when the bytes are not a class file. */
    public static int majorVersion(byte[] bytes) {
        boolean classFile = bytes.length >= 8 && (bytes[0] & 0xff) == 0xCA && (bytes[1] & 0xff) == 0xFE
                && (bytes[2] & 0xff) == 0xBA && (bytes[3] & 0xff) == 0xBE;
        return classFile ? ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff) : 0;
    }

    /** The Java release a class file is compiled for (major version 61 is Java 17), or 0 when unknown. */
    public static int javaVersion(byte[] bytes) {
        int major = majorVersion(bytes);
        return major >= 45 ? major - 44 : 0;
    }
}
