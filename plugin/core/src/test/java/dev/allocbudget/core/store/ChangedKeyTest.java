package dev.allocbudget.core.store;

import static dev.allocbudget.core.store.StoreFixture.ENCODE;
import static dev.allocbudget.core.store.StoreFixture.KEY;
import static dev.allocbudget.core.store.StoreFixture.classIn;
import static dev.allocbudget.core.store.StoreFixture.figure;
import static dev.allocbudget.core.store.StoreFixture.reply;
import static dev.allocbudget.core.store.StoreFixture.resourceIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.core.model.CompileOrder;
import dev.allocbudget.core.model.KeyChange;
import dev.allocbudget.core.model.KeyChange.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parts of the key besides the class path (plugin, JDK, the forks' flags, machine): each one changed alone
 * makes a stored method a miss that names it with its values then and now, and with several changed the first in a
 * fixed order is the one reported, the key's parts before any class.
 */
class ChangedKeyTest {
    @TempDir
    Path tmp;
    private StoreFixture f;
    private Path classes;
    private List<Path> cp;

    @BeforeEach
    void storeOneMethod() throws Exception {
        f = new StoreFixture(tmp);
        classes = f.dir("classes");
        f.file(classes, "com/acme/Codec.class", "codec");
        f.file(classes, "codec.properties", "size=16");
        cp = f.classpath(classes);
        f.put(ENCODE, cp, reply(figure(32), classIn("com.acme.Codec", 0), resourceIn("codec.properties", 0)));
        assertEquals(new ResultStore.Found(List.of(figure(32)), null), f.found(ENCODE, cp), "the same key finds it");
    }

    private static StoreKey plugin(StoreKey k, String plugin) {
        return new StoreKey(plugin, k.jdk(), k.jvmFlags(), k.machine(), k.jdkVersion());
    }

    private static StoreKey jdk(StoreKey k, String jdk, String jdkVersion) {
        return new StoreKey(k.plugin(), jdk, k.jvmFlags(), k.machine(), jdkVersion);
    }

    private static StoreKey flags(StoreKey k, List<String> flags) {
        return new StoreKey(k.plugin(), k.jdk(), flags, k.machine(), k.jdkVersion());
    }

    private static StoreKey machine(StoreKey k, String machine) {
        return new StoreKey(k.plugin(), k.jdk(), k.jvmFlags(), machine, k.jdkVersion());
    }

    private ResultStore.Found miss(KeyChange change) {
        return new ResultStore.Found(List.of(), change);
    }

    @Test
    void eachCompileOrderHasItsOwnFigures() throws Exception {
        try (ResultStore store = f.open()) {
            assertEquals(ResultStore.Found.NOTHING, store.figures(ENCODE, CompileOrder.METHOD_FIRST, cp),
                    "the callees-first figures are not the method-first ones");
            store.put(ENCODE, CompileOrder.METHOD_FIRST, cp, List.of(reply(figure(24), classIn("com.acme.Codec", 0))));
        }
        try (ResultStore store = f.open()) {
            assertEquals(new ResultStore.Found(List.of(figure(24)), null),
                    store.figures(ENCODE, CompileOrder.METHOD_FIRST, cp));
            assertEquals(new ResultStore.Found(List.of(figure(32)), null),
                    store.figures(ENCODE, CompileOrder.CALLEES_FIRST, cp));
        }
        // the method-first entry is stored under the order's flags, which the plugin part of the key (the runner's
        // bytes) does not cover: other flags in a later plugin name another entry, and the method is measured again
        List<String> flags = CompileOrder.METHOD_FIRST.jvmFlags(ENCODE.className(), ENCODE.method());
        assertTrue(flags.contains("-XX:CompileThresholdScaling=20"), flags.toString());
        assertEquals(1, f.storedFiles().stream().filter(file -> read(file).contains(
                "\"id\": \"" + ENCODE + " " + String.join(" ", flags) + "\"")).count());
    }

    @Test
    void anotherPluginBuildIsAMiss() throws Exception {
        // the same version, rebuilt: its runner's bytes differ
        String rebuilt = "0.1.0 (runner 9f8e7d, annotations 4d5e6f)";
        assertEquals(miss(new KeyChange(Kind.PLUGIN, null, KEY.plugin(), rebuilt)),
                f.found(plugin(KEY, rebuilt), ENCODE, cp));
    }

    @Test
    void anotherJdkIsAMissNamedByTheVersionsTheForksReported() throws Exception {
        StoreKey updated = jdk(KEY, "/usr/lib/jvm/java-17-openjdk-amd64 (139954999 B, 1750000000000, release 7f7f7f)",
                "17.0.16+8-Debian-1deb12u1, Debian");
        assertEquals(miss(new KeyChange(Kind.JDK, null, KEY.jdkVersion(), updated.jdkVersion())),
                f.found(updated, ENCODE, cp));
    }

    @Test
    void theJdkVersionTextAloneIsNoChange() throws Exception {
        // only the JDK's files key it: its version as reported is there to be said, not compared
        assertEquals(new ResultStore.Found(List.of(figure(32)), null),
                f.found(jdk(KEY, KEY.jdk(), "17.0.15+6, another vendor string"), ENCODE, cp));
    }

    @Test
    void otherJvmFlagsAreAMiss() throws Exception {
        // the change names the flags that differ, not every flag
        assertEquals(miss(new KeyChange(Kind.JVM_FLAGS, null, "-Xmx512m", "-Xmx1g")),
                f.found(flags(KEY, List.of("-Xmx1g", "threads=all")), ENCODE, cp));
        assertEquals(miss(new KeyChange(Kind.JVM_FLAGS, null, "none", "-Xss2m")),
                f.found(flags(KEY, List.of("-Xmx512m", "threads=all", "-Xss2m")), ENCODE, cp));
        // the same flags in another order are other flags: the JVM applies them in order
        assertEquals(miss(new KeyChange(Kind.JVM_FLAGS, null, "-Xmx512m threads=all", "threads=all -Xmx512m")),
                f.found(flags(KEY, List.of("threads=all", "-Xmx512m")), ENCODE, cp));
    }

    @Test
    void anotherMachineIsAMiss() throws Exception {
        String other = "2 processors, 7936 MiB, Linux amd64, LANG=de_DE.UTF-8";
        assertEquals(miss(new KeyChange(Kind.MACHINE, null, KEY.machine(), other)),
                f.found(machine(KEY, other), ENCODE, cp));
    }

    @Test
    void theFirstChangeIsReportedInAFixedOrderKeyPartsBeforeClasses() throws Exception {
        f.file(classes, "com/acme/Codec.class", "codec, changed");
        f.file(classes, "codec.properties", "size=32");
        StoreKey all = machine(flags(jdk(plugin(KEY, "0.2.0 (runner 1, annotations 2)"), "/opt/jdk-21 (...)", "21.0.7"),
                List.of("-Xmx1g")), "4 processors");

        assertEquals(Kind.PLUGIN, f.found(all, ENCODE, cp).changed().kind());
        StoreKey jdkOn = plugin(all, KEY.plugin());
        assertEquals(Kind.JDK, f.found(jdkOn, ENCODE, cp).changed().kind());
        StoreKey flagsOn = jdk(jdkOn, KEY.jdk(), KEY.jdkVersion());
        assertEquals(Kind.JVM_FLAGS, f.found(flagsOn, ENCODE, cp).changed().kind());
        StoreKey machineOn = flags(flagsOn, KEY.jvmFlags());
        assertEquals(Kind.MACHINE, f.found(machineOn, ENCODE, cp).changed().kind());
        // the key as it was: now the class, then the resource
        assertEquals(miss(new KeyChange(Kind.CLASS_CHANGED, "com.acme.Codec", null, null)), f.found(KEY, ENCODE, cp));
        f.file(classes, "com/acme/Codec.class", "codec");
        assertEquals(miss(new KeyChange(Kind.RESOURCE_CHANGED, "codec.properties", null, null)), f.found(KEY, ENCODE, cp));
        f.file(classes, "codec.properties", "size=16");
        assertEquals(new ResultStore.Found(List.of(figure(32)), null), f.found(KEY, ENCODE, cp), "all as it was");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
