package dev.allocbudget.core.store;

import dev.allocbudget.core.model.KeyChange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What every figure of a check depends on besides its method and the classes its forks loaded: the plugin (its
 * version and the bytes of its runner and annotations), the JDK (its path, its runtime image and its release file,
 * so that an update in place shows, whatever its version says), the forks' flags, and the machine (processors,
 * memory, system, and the environment variables the JVM takes its locale and time zone from). A stored figure is
 * reused only when all of these are equal.
 *
 * @param jdkVersion the JDK as the forks report it ({@code 17.0.15+6-Debian-1deb12u1, Debian}): not compared, but
 *                   said when the JDK differs
 */
public record StoreKey(String plugin, String jdk, List<String> jvmFlags, String machine, String jdkVersion) {

    public StoreKey {
        jvmFlags = List.copyOf(jvmFlags);
    }

    /** The first part that differs from {@code before}'s, as the reason a figure is measured again; null if none. */
    KeyChange firstChange(StoreKey before) {
        if (!plugin.equals(before.plugin)) {
            return new KeyChange(KeyChange.Kind.PLUGIN, null, before.plugin, plugin);
        }
        if (!jdk.equals(before.jdk)) {
            return new KeyChange(KeyChange.Kind.JDK, null, before.jdkVersion, jdkVersion);
        }
        if (!jvmFlags.equals(before.jvmFlags)) {
            return flagsChange(before.jvmFlags, jvmFlags);
        }
        if (!machine.equals(before.machine)) {
            return new KeyChange(KeyChange.Kind.MACHINE, null, before.machine, machine);
        }
        return null;
    }

    /**
     * The flags that went and the flags that came ({@code -Xmx512m → -Xmx1g}, {@code none → -Xss2m}); the whole lists
     * when only their order changed (the JVM applies them in order).
     */
    private static KeyChange flagsChange(List<String> before, List<String> after) {
        List<String> gone = before.stream().filter(f -> !after.contains(f)).toList();
        List<String> came = after.stream().filter(f -> !before.contains(f)).toList();
        if (gone.isEmpty() && came.isEmpty()) {
            gone = before;
            came = after;
        }
        return new KeyChange(KeyChange.Kind.JVM_FLAGS, null, gone.isEmpty() ? "none" : String.join(" ", gone),
                came.isEmpty() ? "none" : String.join(" ", came));
    }

    /**
     * The plugin's part: its version and the bytes of its runner and annotations (a jar, or a directory of classes
     * in the plugin's own tests), so a rebuilt plugin of the same version counts as another.
     */
    public static String plugin(String version, Path runner, Path annotations) throws IOException {
        return version + " (runner " + contentHash(runner) + ", annotations " + contentHash(annotations) + ")";
    }

    /** The JDK's part: the real path of its {@code java}, its runtime image's size and time, its release file. */
    public static String jdk(Path java) throws IOException {
        Path home = java.toRealPath().getParent().getParent();
        Path modules = home.resolve("lib").resolve("modules");
        Path release = home.resolve("release");
        String image = Files.isRegularFile(modules)
                ? Files.size(modules) + " B, " + Files.getLastModifiedTime(modules).toMillis() : "no lib/modules";
        String about = Files.isRegularFile(release) ? ClasspathFiles.hash(Files.readAllBytes(release)) : "no release";
        return home + " (" + image + ", release " + about + ")";
    }

    /** The Java feature version of the JDK of {@code java}, from its release file; this JVM's where it does not say. */
    public static int javaFeature(Path java) throws IOException {
        Path release = java.toRealPath().getParent().getParent().resolve("release");
        if (Files.isRegularFile(release)) {
            Matcher m = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return Runtime.version().feature();
    }

    /** The machine's part, as this JVM (which starts the forks) sees it. */
    public static String machine(Map<String, String> environment) {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        StringBuilder machine = new StringBuilder().append(Runtime.getRuntime().availableProcessors())
                .append(" processors, ").append(os.getTotalMemorySize() >> 20).append(" MiB, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"));
        new TreeMap<>(environment).forEach((name, value) -> {
            if (name.equals("LANG") || name.equals("LANGUAGE") || name.startsWith("LC_") || name.equals("TZ")) {
                machine.append(", ").append(name).append('=').append(value);
            }
        });
        return machine.toString();
    }

    /** A file's hash, or a directory's: of its files' relative names and bytes, in name order. */
    static String contentHash(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return ClasspathFiles.hash(Files.readAllBytes(path));
        }
        StringBuilder all = new StringBuilder();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(path)) {
            walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        for (Path file : files) {
            all.append(path.relativize(file)).append(' ')
                    .append(ClasspathFiles.hash(Files.readAllBytes(file))).append('\n');
        }
        return ClasspathFiles.hash(all.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** {@code threads=all objects=agent} and the like: the settings of the forks that are no JVM flags. */
    public static String setting(String name, Object value) {
        return name + "=" + String.valueOf(value).toLowerCase(Locale.ROOT);
    }
}
