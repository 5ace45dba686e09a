package dev.allocbudget.runner.load;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The system class loader of a fork ({@code -Djava.system.class.loader}): it loads the project's classes, the
 * runner's and the annotations from the class path the host gives in {@value #CLASSPATH}, in that order, as the
 * application class loader would from {@code -cp}, and remembers every class and resource the fork looked up there,
 * found or not. That record, written with each class's and resource's hash when the fork is done, is what a stored
 * figure is keyed on: a class reached through reflection, a {@code ServiceLoader} provider, a lambda's target or a
 * resource read through a class loader counts, as does a class that was looked for and not found (an optional
 * dependency probed by name).
 *
 * <p>JDK classes and resources come from the platform class loader first, as with the application class loader.
 * Only this package is the application class loader's: the fork starts with {@code -cp} naming the runner jar for
 * this class alone; every other class, the runner's included, is this loader's, so the runner and the user's
 * classes see each other as on one class path.
 *
 * <p>Recording adds no allocation to a window once a name has been seen: the maps are only read then.
 */
public final class RecordingClassLoader extends URLClassLoader {
    /** The system property with the fork's class path, entries separated by {@link File#pathSeparator}. */
    public static final String CLASSPATH = "allocbudget.classpath";
    /** How many of the class path's last entries are the plugin's own (the runner, the annotations): not recorded. */
    public static final String PLUGIN_ENTRIES = "allocbudget.pluginEntries";

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader platform;
    private final int projectEntries;
    /** Class name to whether it was found on the project's part of the class path. */
    private final Map<String, Boolean> classes = new ConcurrentHashMap<>();
    /** Resource name to whether it was found (one lookup) or to how many copies were (all of them). */
    private final Map<String, Boolean> resources = new ConcurrentHashMap<>();
    private final Map<String, Boolean> resourceLists = new ConcurrentHashMap<>();

    /** The constructor the JVM calls for {@code -Djava.system.class.loader}. */
    public RecordingClassLoader(ClassLoader parent) {
        this(entries(System.getProperty(CLASSPATH, "")), Integer.getInteger(PLUGIN_ENTRIES, 0), parent);
        // the class path code reads as its own: as with -cp, the whole of it
        System.setProperty("java.class.path", System.getProperty(CLASSPATH, ""));
    }

    RecordingClassLoader(List<Path> classpath, int pluginEntries, ClassLoader parent) {
        super(urls(classpath), parent); // unnamed: stack traces name no loader, as with -cp
        this.platform = ClassLoader.getPlatformClassLoader();
        this.projectEntries = classpath.size() - pluginEntries;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(RecordingClassLoader.class.getPackageName() + ".")) {
            return super.loadClass(name, resolve); // this package is the application class loader's
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                c = jdkClass(name);
            }
            if (c == null) {
                boolean found = false;
                try {
                    c = findClass(name);
                    found = true;
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

    private Class<?> jdkClass(String name) {
        try {
            return platform.loadClass(name);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    @Override
    public URL getResource(String name) {
        URL url = platform.getResource(name);
        if (url == null) {
            url = findResource(name);
            record(resources, name, url != null);
        }
        return url;
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        List<URL> all = Collections.list(platform.getResources(name));
        List<URL> ours = Collections.list(findResources(name));
        all.addAll(ours);
        record(resourceLists, name, !ours.isEmpty());
        return Collections.enumeration(all);
    }

    /** Remembers the first look-up of a name (a second one reads the map only: nothing is allocated). */
    private static void record(Map<String, Boolean> map, String name, boolean found) {
        if (!map.containsKey(name)) {
            map.putIfAbsent(name, found);
        }
    }

    /**
     * What the fork looked up on the project's part of the class path, with hashes of what it found there: each
     * class by its resource name ({@code com/acme/Codec.class}), each resource by its name, each with the hash of
     * its first copy, or of every copy for a resource looked up as all its copies (in class path order). A name found
     * nowhere has no hash; one found only in the plugin's own jars is left out (the plugin's version keys those).
     */
    public List<Lookup> lookups() throws IOException {
        URL[] urls = getURLs();
        List<URLClassLoader> project = new ArrayList<>();
        for (int i = 0; i < projectEntries; i++) {
            project.add(new URLClassLoader(new URL[] {urls[i]}, null));
        }
        try {
            List<Lookup> all = new ArrayList<>();
            new TreeMap<>(classes).forEach((name, found) -> add(all, Lookup.Kind.CLASS,
                    name.replace('.', '/') + ".class", found, false, project));
            new TreeMap<>(resources).forEach((name, found) -> add(all, Lookup.Kind.RESOURCE, name, found, false,
                    project));
            new TreeMap<>(resourceLists).forEach((name, found) -> add(all, Lookup.Kind.RESOURCES, name, found, true,
                    project));
            return all;
        } finally {
            for (URLClassLoader one : project) {
                one.close();
            }
        }
    }

    private static void add(List<Lookup> all, Lookup.Kind kind, String resource, boolean found, boolean every,
            List<URLClassLoader> project) {
        if (!found) {
            all.add(new Lookup(kind, resource, List.of()));
            return;
        }
        List<String> hashes = new ArrayList<>();
        for (URLClassLoader entry : project) {
            URL url = entry.findResource(resource);
            if (url != null) {
                hashes.add(hashOf(url));
                if (!every) {
                    break;
                }
            }
        }
        if (!hashes.isEmpty()) { // else only in the plugin's jars
            all.add(new Lookup(kind, resource, hashes));
        }
    }

    private static String hashOf(URL url) {
        try (InputStream in = url.openStream()) {
            return hash(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url, e);
        }
    }

    /** The hash a stored figure keys a class or resource on: SHA-256, the first 128 bits in hex. */
    public static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static List<Path> entries(String classpath) {
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
