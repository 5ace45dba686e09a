package dev.allocbudget.runner.load;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The main class of the check's forks: starts {@code dev.allocbudget.runner.ForkedMain} in a
 * {@link RecordingClassLoader} over the fork's class path ({@code -cp}, the project's entries first, then the
 * runner and the annotations), which becomes the thread's context class loader. The application class loader sees
 * the same class path, so code that asks the system class loader for a resource finds it there too.
 *
 * <p>Not {@code -Djava.system.class.loader}: with that property set, the JDK's class-data sharing drops its archived
 * module graph, and every fork started 20-40 ms slower.
 *
 * <p>{@code main} is called through reflection, not a method handle: a handle's first {@code invokeExact} spins
 * lambda-form classes, and the forks compile everything they run before going on ({@code -Xbatch}), which cost
 * 10-20 ms a fork.
 */
public final class ForkEntry {
    private ForkEntry() {}

    public static void main(String[] args) throws Throwable {
        List<Path> classpath = RecordingClassLoader.entries(System.getProperty("java.class.path"));
        RecordingClassLoader loader = new RecordingClassLoader(classpath, pluginEntries(classpath),
                ForkEntry.class.getClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        try {
            Class.forName("dev.allocbudget.runner.ForkedMain", true, loader).getMethod("main", String[].class)
                    .invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause(); // what main threw, as a direct call would have it
        }
    }

    /**
     * The plugin's own entries, the last of a check fork's class path: the runner and the annotations. (Not found by
     * where their classes come from: the project's copy of the annotations comes first on the class path.)
     */
    public static final int PLUGIN_ENTRIES = 2;

    private static Set<Integer> pluginEntries(List<Path> classpath) {
        Set<Integer> indexes = new HashSet<>();
        for (int i = Math.max(0, classpath.size() - PLUGIN_ENTRIES); i < classpath.size(); i++) {
            indexes.add(i);
        }
        return indexes;
    }
}
