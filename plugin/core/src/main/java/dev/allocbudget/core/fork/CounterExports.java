package dev.allocbudget.core.fork;

import dev.allocbudget.runner.ForkedMain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Whether the measuring forks need {@link ForkedMain#EXPORTS_FLAGS} to reach the whole-JVM allocation counter. Not
 * when their JDK declares it on {@code com.sun.management.ThreadMXBean}, where the runner finds it without them
 * (OpenJDK from 17.0.11, and every JDK from 21); there the flag only costs each fork 15-30 ms of start-up (with it,
 * the class-data archive's module graph is not used). For the JDK running this code the interface is asked; for
 * another, its {@code release} file says whether it is 21 or later; in any other case the flags are kept.
 */
final class CounterExports {
    private CounterExports() {}

    /** The flags every measuring fork of {@code java} gets: {@link ForkProcess#FORK_FLAGS}, or those without the export. */
    static List<String> measuringFlags(Path java) {
        return needed(java) ? ForkProcess.FORK_FLAGS : ForkedMain.JVM_FLAGS_WITHOUT_EXPORTS;
    }

    static boolean needed(Path java) {
        try {
            Path home = java.toRealPath().getParent().getParent();
            if (home.equals(Path.of(System.getProperty("java.home")).toRealPath())) {
                return !onInterface();
            }
            int feature = feature(home.resolve("release"));
            return feature < 21;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    /** True when this JVM's {@code com.sun.management.ThreadMXBean} declares {@code getTotalThreadAllocatedBytes}. */
    static boolean onInterface() {
        try {
            com.sun.management.ThreadMXBean.class.getMethod("getTotalThreadAllocatedBytes");
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** The feature version a JDK's release file names ({@code JAVA_VERSION="17.0.15"}: 17), or 0 when it names none. */
    static int feature(Path release) throws IOException {
        for (String line : Files.readAllLines(release)) {
            if (line.startsWith("JAVA_VERSION=")) {
                String version = line.substring("JAVA_VERSION=".length()).replace("\"", "").trim();
                if (version.startsWith("1.")) {
                    version = version.substring(2); // 1.8.0_402: Java 8
                }
                int end = 0;
                while (end < version.length() && Character.isDigit(version.charAt(end))) {
                    end++;
                }
                return end == 0 ? 0 : Integer.parseInt(version.substring(0, end));
            }
        }
        return 0;
    }
}
