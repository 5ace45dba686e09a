package dev.allocbudget.core.store;

import static dev.allocbudget.core.store.StoreFixture.ENCODE;
import static dev.allocbudget.core.store.StoreFixture.KEY;
import static dev.allocbudget.core.store.StoreFixture.classIn;
import static dev.allocbudget.core.store.StoreFixture.figure;
import static dev.allocbudget.core.store.StoreFixture.reply;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.allocbudget.core.model.KeyChange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How many sets of inputs a method keeps (the newest {@value EntryFiles.KEPT}), which one a miss is reported
 * against (the newest), and reuse switched off: nothing found, everything stored.
 */
class KeptEntriesTest {
    @TempDir
    Path tmp;
    private StoreFixture f;
    private List<Path> cp;
    /** Stored files are ordered by their time; the test sets it, one minute apart, as builds would leave them. */
    private final Instant longAgo = Instant.now().minusSeconds(24 * 3600);

    @BeforeEach
    void project() throws Exception {
        f = new StoreFixture(tmp);
        Path classes = f.dir("classes");
        f.file(classes, "com/acme/Codec.class", "codec");
        cp = f.classpath(classes);
    }

    private static StoreKey round(int i) {
        return new StoreKey(KEY.plugin(), KEY.jdk(), List.of("-Dround=" + i), KEY.machine(), KEY.jdkVersion());
    }

    private void putAged(StoreKey key, boolean read, double bytesPerOp, int minute) throws Exception {
        List<Path> added = f.put(key, read, ENCODE, cp, reply(figure(bytesPerOp), classIn("com.acme.Codec", 0)));
        assertEquals(1, added.size(), added.toString());
        Files.setLastModifiedTime(added.get(0), FileTime.from(longAgo.plusSeconds(60L * minute)));
    }

    @Test
    void atMostKeptEntriesPerMethodTheOldestDropped() throws Exception {
        for (int i = 0; i <= EntryFiles.KEPT; i++) {
            putAged(round(i), true, i, i);
        }

        assertEquals(EntryFiles.KEPT, f.storedFiles().size());
        // the first set of inputs is gone; the miss is told against the newest entry's flags
        assertEquals(new ResultStore.Found(List.of(), new KeyChange(KeyChange.Kind.JVM_FLAGS, null,
                "-Dround=" + EntryFiles.KEPT, "-Dround=0")), f.found(round(0), ENCODE, cp));
        for (int i = 1; i <= EntryFiles.KEPT; i++) {
            assertEquals(new ResultStore.Found(List.of(figure(i)), null), f.found(round(i), ENCODE, cp), "round " + i);
        }
    }

    @Test
    void withReuseOffNothingIsFoundButTheNewFiguresAreStored() throws Exception {
        putAged(KEY, true, 32, 0);

        try (ResultStore store = f.open(KEY, false)) {
            assertEquals(ResultStore.Found.NOTHING, store.figures(ENCODE, cp));
            store.put(ENCODE, cp, List.of(reply(figure(40), classIn("com.acme.Codec", 0))));
        }

        // both are for the same inputs: the next build takes the newest
        assertEquals(2, f.storedFiles().size());
        assertEquals(new ResultStore.Found(List.of(figure(40)), null), f.found(ENCODE, cp));
    }
}
