package dev.allocbudget.core.store;

import static dev.allocbudget.core.store.StoreFixture.DECODE;
import static dev.allocbudget.core.store.StoreFixture.ENCODE;
import static dev.allocbudget.core.store.StoreFixture.classIn;
import static dev.allocbudget.core.store.StoreFixture.figure;
import static dev.allocbudget.core.store.StoreFixture.reply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stored files that cannot be taken as they are: each is removed and the method measured again, the removals are
 * said once when the store closes, a write still under way (a {@code .tmp} file) is left alone, and no figure of a
 * broken file is ever returned, not even the part of it that reads.
 */
class BrokenStoredFileTest {
    @TempDir
    Path tmp;
    private StoreFixture f;
    private List<Path> cp;
    private Path encodeFile;
    private String encodeText;
    private Path methodDir;

    @BeforeEach
    void storeTwoMethods() throws Exception {
        f = new StoreFixture(tmp);
        Path classes = f.dir("classes");
        f.file(classes, "com/acme/Codec.class", "codec");
        cp = f.classpath(classes);
        encodeFile = f.onlyFile(ENCODE, cp, reply(figure(32), classIn("com.acme.Codec", 0)));
        encodeText = Files.readString(encodeFile);
        methodDir = encodeFile.getParent();
        f.put(DECODE, cp, reply(figure(8), classIn("com.acme.Codec", 0)));
    }

    /** Writes a file beside the method's stored one, newer than it: the store reads it first. */
    private Path beside(String name, String content) throws Exception {
        Path file = methodDir.resolve(name);
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));
        return file;
    }

    private static String replaced(String text, String from, String to) {
        String out = text.replace(from, to);
        assertNotEquals(text, out, "the stored file has " + from);
        return out;
    }

    @Test
    void corruptFilesAreRemovedSaidOnceAndTheMethodIsMeasuredAgain() throws Exception {
        Path decodeFile = f.storedFiles().stream().filter(p -> !p.equals(encodeFile)).findFirst().orElseThrow();
        List<Path> broken = List.of(
                beside("garbage.json", "\u0000\u00ff{{ not json"),
                beside("truncated.json", encodeText.substring(0, encodeText.length() / 2)),
                beside("other-format.json", replaced(encodeText, "\"formatVersion\": 1", "\"formatVersion\": 2")),
                beside("other-method.json", Files.readString(decodeFile)));
        Files.delete(encodeFile);

        try (ResultStore store = f.open()) {
            assertEquals(ResultStore.Found.NOTHING, store.figures(ENCODE, cp));
            broken.forEach(p -> assertFalse(Files.exists(p), p + " removed"));
            assertEquals(new ResultStore.Found(List.of(figure(8)), null), store.figures(DECODE, cp),
                    "the other method's own file is whole");
            assertEquals(List.of(), f.warnings, "nothing said until the store closes");
        }
        assertEquals(1, f.warnings.size(), f.warnings.toString());
        assertTrue(f.warnings.get(0).contains("4 stored results"), f.warnings.get(0));
    }

    @Test
    void aBrokenFileBesideAWholeOneLeavesTheWholeOne() throws Exception {
        beside("garbage.json", "[1, 2");
        assertEquals(new ResultStore.Found(List.of(figure(32)), null), f.found(ENCODE, cp));
        assertEquals(1, f.warnings.size(), f.warnings.toString());
        assertTrue(f.warnings.get(0).contains("1 stored result "), f.warnings.get(0));
    }

    @Test
    void aFileWithEqualInputsAndOneBrokenForkGivesNoFigureAtAll() throws Exception {
        // the first fork reads, the second has no bytes/op: taking the first alone would decide on fewer forks
        String oneFork = encodeText.substring(encodeText.indexOf("\"stored\": [") + "\"stored\": [".length(),
                encodeText.lastIndexOf(']')).strip();
        beside("half.json", replaced(encodeText, oneFork, "{\"bytesPerOp\": 99.0},\n    {\"detail\": null}"));
        beside("empty.json", replaced(encodeText, oneFork, ""));
        Files.delete(encodeFile);

        assertEquals(ResultStore.Found.NOTHING, f.found(ENCODE, cp));
        assertEquals(List.of(), f.storedFiles().stream().filter(p -> p.startsWith(methodDir)).toList());
        assertTrue(f.warnings.get(0).contains("2 stored results"), f.warnings.toString());
    }

    @Test
    void aHalfWrittenTemporaryFileIsIgnored() throws Exception {
        // what AtomicFiles leaves while a build beside this one is writing, or after it was killed mid-way
        Path writing = beside(encodeFile.getFileName() + "8213712.tmp", encodeText.substring(0, 40));

        assertEquals(new ResultStore.Found(List.of(figure(32)), null), f.found(ENCODE, cp));
        assertTrue(Files.exists(writing), "not removed: it may still be being written");
        assertEquals(List.of(), f.warnings);
    }
}
