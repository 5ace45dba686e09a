package dev.allocbudget.runner.load;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class loader of a check fork's classes (see {@link ForkEntry}): the project's, the runner's and the
 * annotations, from the fork's class path in its order, as the application class loader would load them, and it
 * remembers every class and resource the fork looked up there, found or not. That record, written when the fork is
 * done, is what a stored figure is keyed on: a class reached through reflection, a {@code ServiceLoader} provider,
 * a lambda's target or a resource read through a class loader counts, as does a class that was looked for and not
 * found (an optional dependency probed by name).
 *
 * <p>JDK classes and resources come from the platform class loader first, as with the application class loader.
 * This package alone is the application class loader's (it starts the fork); every other class, the runner's
 * included, is this loader's, so the runner and the user's classes see each other as on one class path.
 *
 * <p>Recording adds no allocation to a window once a name has been seen: the maps are only read then. It keeps what
 * each look-up found (the class, the resource's URL, the list of its copies), so that the entries are named when the
 * fork is done without searching the class path again.
 */
public final class RecordingClassLoader extends URLClassLoader {
    static {
        registerAsParallelCapable();
    }

    /** The names of this package's classes start so: they are the application class loader's. */
    private static final String OWN_PACKAGE = "dev.allocbudget.runner.load.";
    /** What a look-up that found nothing records. */
    private static final Object NOT_FOUND = new Object();

    private final ClassLoader platform;
    /** The URL of each class path entry, in order, as a class's code source names it. */
    private final List<String> locations = new ArrayList<>();
    /** The URL prefix of each class path entry's resources, in order. */
    private final List<String> prefixes = new ArrayList<>();
    private final Set<Integer> pluginEntries;
    /** Class name to the class found, or {@link #NOT_FOUND}. */
    private final Map<String, Object> classes = new ConcurrentHashMap<>();
    /** Resource name to the URL of the copy found, or {@link #NOT_FOUND}. */
    private final Map<String, Object> resources = new ConcurrentHashMap<>();
    /** Resource name to the URLs of every copy found on the class path (none: an empty list). */
    private final Map<String, Object> resourceLists = new ConcurrentHashMap<>();

    /**
     * @param classpath     the fork's class path, in order
     * @param pluginEntries the indexes of its entries that are the plugin's own (the runner, the annotations): what
     *                      is found there is keyed by the plugin's version, not recorded
     */
    RecordingClassLoader(List<Path> classpath, Set<Integer> pluginEntries, ClassLoader parent) {
        super(urls(classpath), parent); // unnamed: stack traces name no loader, as with -cp
        this.platform = ClassLoader.getPlatformClassLoader();
        this.pluginEntries = Set.copyOf(pluginEntries);
        for (URL url : getURLs()) {
            String text = url.toString();
            locations.add(text);
            prefixes.add(url.getPath().endsWith("/") ? text : "jar:" + text + "!/");
        }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(OWN_PACKAGE)) {
            return super.loadClass(name, resolve); // this package is the application class loader's
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                c = jdkClass(name);
            }
            if (c == null) {
                Object found = NOT_FOUND;
                try {
                    c = findClass(name);
                    found = c;
                } finally {
                    record(classes, name, found);
                }
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    /**
     * The JDK's class of that name, or null. Only names in a package of the JDK's modules are asked for: the
     * platform class loader would throw for every other class, which costs a stack trace each.
     */
    private Class<?> jdkClass(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0 || !JDK_PACKAGES.contains(name.substring(0, dot))) {
            return null;
        }
        try {
            return platform.loadClass(name);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /** The packages of the modules the JVM booted with: the JDK's. */
    private static final Set<String> JDK_PACKAGES = jdkPackages();

    private static Set<String> jdkPackages() {
        Set<String> packages = new HashSet<>();
        for (Module module : ModuleLayer.boot().modules()) {
            packages.addAll(module.getPackages());
        }
        return Collections.unmodifiableSet(packages);
    }

    @Override
    public URL getResource(String name) {
        URL url = platform.getResource(name);
        if (url == null) {
            url = findResource(name);
            record(resources, name, url != null ? url : NOT_FOUND);
        }
        return url;
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        List<URL> all = Collections.list(platform.getResources(name));
        List<URL> ours = Collections.list(findResources(name));
        all.addAll(ours);
        record(resourceLists, name, ours);
        return Collections.enumeration(all);
    }

    /** Remembers the first look-up of a name (a second one reads the map only: nothing is allocated). */
    private static void record(Map<String, Object> map, String name, Object found) {
        if (!map.containsKey(name)) {
            map.putIfAbsent(name, found);
        }
    }

    /**
     * What the fork looked up outside the plugin's own jars, each with the class path entries it was found in:
     * a class by its resource name ({@code com/acme/Codec.class}) and a resource by its name, each with the entry
     * its copy came from, a resource looked up as all its copies with every entry that has one, in class path order.
     * The plugin's own entries are not named (the plugin's version keys what they hold): a name found only there, or
     * nowhere, has no entry, and the store then checks that no entry of the project has it now (a project that adds
     * a class of that name takes it over, its entries coming first).
     */
    public List<Lookup> lookups() {
        List<Lookup> all = new ArrayList<>();
        for (Map.Entry<String, Object> c : new TreeMap<>(classes).entrySet()) {
            add(all, Lookup.Kind.CLASS, c.getKey().replace('.', '/') + ".class",
                    c.getValue() instanceof Class<?> type ? List.of(entryOf(type)) : List.of());
        }
        for (Map.Entry<String, Object> r : new TreeMap<>(resources).entrySet()) {
            add(all, Lookup.Kind.RESOURCE, r.getKey(),
                    r.getValue() instanceof URL url ? List.of(entryOf(url)) : List.of());
        }
        for (Map.Entry<String, Object> r : new TreeMap<>(resourceLists).entrySet()) {
            List<Integer> entries = new ArrayList<>();
            for (Object url : (List<?>) r.getValue()) {
                entries.add(entryOf((URL) url));
            }
            add(all, Lookup.Kind.RESOURCES, r.getKey(), entries);
        }
        return all;
    }

    /** {@code found}: the entry of each copy found, -1 for one outside the class path's entries. */
    private void add(List<Lookup> all, Lookup.Kind kind, String name, List<Integer> found) {
        List<Integer> entries = new ArrayList<>();
        for (int entry : found) {
            if (entry >= 0 && !pluginEntries.contains(entry)) {
                entries.add(entry);
            }
        }
        all.add(new Lookup(kind, name, entries));
    }

    /** The index of the class path entry a class was defined from, or -1. */
    private int entryOf(Class<?> type) {
        java.security.CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null || source.getLocation() == null ? -1 : locations.indexOf(source.getLocation().toString());
    }

    /** The index of the class path entry {@code url} lies in, or -1. */
    private int entryOf(URL url) {
        String text = url.toString();
        for (int i = 0; i < prefixes.size(); i++) {
            if (text.startsWith(prefixes.get(i))) {
                return i;
            }
        }
        return -1;
    }

    static List<Path> entries(String classpath) {
        List<Path> entries = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry));
            }
        }
        return entries;
    }

    private static URL[] urls(List<Path> classpath) {
        URL[] urls = new URL[classpath.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = classpath.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("not a class path entry: " + classpath.get(i), e);
            }
        }
        return urls;
    }
}
