package dev.allocbudget.core.store;

import static dev.allocbudget.core.store.StoreFixture.ENCODE;
import static dev.allocbudget.core.store.StoreFixture.classIn;
import static dev.allocbudget.core.store.StoreFixture.figure;
import static dev.allocbudget.core.store.StoreFixture.files;
import static dev.allocbudget.core.store.StoreFixture.reply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.core.fork.MeasureReply;
import dev.allocbudget.core.model.Figure;
import dev.allocbudget.core.model.FigureDetail;
import dev.allocbudget.core.model.ObjectCount;
import dev.allocbudget.core.model.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replies the store must not key anything on: the method is then measured again next time rather than reused on
 * figures that may not be what its inputs give. Each case is checked against one that is stored, so that a put that
 * never stores anything cannot pass.
 */
class NotStoredTest {
    @TempDir
    Path tmp;
    private StoreFixture f;
    private Path classes;
    private Path codec;
    private List<Path> cp;

    @BeforeEach
    void project() throws Exception {
        f = new StoreFixture(tmp);
        classes = f.dir("classes");
        codec = f.file(classes, "com/acme/Codec.class", "codec");
        cp = f.classpath(classes);
    }

    private void assertNothingStored() throws Exception {
        assertEquals(List.of(), f.storedFiles());
        assertEquals(ResultStore.Found.NOTHING, f.found(ENCODE, cp));
    }

    private void assertStored(Figure figure) throws Exception {
        assertEquals(new ResultStore.Found(List.of(figure), null), f.found(ENCODE, cp));
    }

    @Test
    void notWhenAForkGaveNoFigure() throws Exception {
        MeasureReply failed = new MeasureReply(null, new Problem.Failed("OutOfMemoryError"), Duration.ofSeconds(1),
                Instant.now(), List.of(classIn("com.acme.Codec", 0)));
        f.put(ENCODE, cp, reply(figure(32), classIn("com.acme.Codec", 0)), failed);
        assertNothingStored();
        f.put(ENCODE, cp);
        assertNothingStored();
    }

    @Test
    void notWhenObjectsWereAskedForAndNoneCounted() throws Exception {
        FigureDetail detail = new FigureDetail(32, false, 0, 0, null);
        Figure uncounted = new Figure(32, ObjectCount.unavailable(new ObjectCount.Uncounted.Said("agent not loaded")),
                detail);
        f.put(ENCODE, cp, reply(uncounted, classIn("com.acme.Codec", 0)));
        assertNothingStored();

        Figure counted = new Figure(32, new ObjectCount(1.0, null, List.of(), "jvmti-agent"), detail);
        f.put(ENCODE, cp, reply(counted, classIn("com.acme.Codec", 0)));
        assertStored(counted);
    }

    @Test
    void notWhenALoadedFileChangedAtOrAfterTheForkStarted() throws Exception {
        // whole seconds: the file system keeps the time as set, so "at" is exactly the fork's start
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Files.setLastModifiedTime(codec, FileTime.from(started));
        f.put(ENCODE, cp, reply(figure(32), started, classIn("com.acme.Codec", 0)));
        assertNothingStored();

        Files.setLastModifiedTime(codec, FileTime.from(started.plusSeconds(1)));
        f.put(ENCODE, cp, reply(figure(32), started, classIn("com.acme.Codec", 0)));
        assertNothingStored();

        Files.setLastModifiedTime(codec, FileTime.from(started.minusSeconds(3)));
        f.put(ENCODE, cp, reply(figure(32), started, classIn("com.acme.Codec", 0)));
        assertStored(figure(32));
    }

    @Test
    void notWhenALoadedFileWasWrittenWithinTheFileClocksSlackBeforeTheForkStarted() throws Exception {
        // A file time is stamped from a clock that moves once per tick: a file written just after the fork started
        // can read a few milliseconds before it. 50 ms is the slack for a time with a fraction of a second.
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusMillis(500);
        Files.setLastModifiedTime(codec, FileTime.from(started.minusMillis(30)));
        f.put(ENCODE, cp, reply(figure(32), started, classIn("com.acme.Codec", 0)));
        assertNothingStored();
        Files.setLastModifiedTime(codec, FileTime.from(started.minusMillis(60)));
        f.put(ENCODE, cp, reply(figure(32), started, classIn("com.acme.Codec", 0)));
        assertStored(figure(32));
    }

    @Test
    void aFileTimeInWholeSecondsHasTwoSecondsOfSlack() throws Exception {
        // file systems that keep whole (or even) seconds round a time written after the start to before it
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusMillis(500);
        Files.setLastModifiedTime(codec, FileTime.from(started.truncatedTo(ChronoUnit.SECONDS).minusSeconds(1)));
        f.put(ENCODE, cp, reply(figure(32), started, classIn("com.acme.Codec", 0)));
        assertNothingStored();
        Files.setLastModifiedTime(codec, FileTime.from(started.truncatedTo(ChronoUnit.SECONDS).minusSeconds(2)));
        f.put(ENCODE, cp, reply(figure(32), started, classIn("com.acme.Codec", 0)));
        assertStored(figure(32));
    }

    @Test
    void notWhenAJarALoadedClassCameFromChangedAfterTheForkStarted() throws Exception {
        Path lib = f.jar("lib.jar", files("org/dep/Lib.class", "lib"));
        List<Path> withLib = f.classpath(classes, lib);
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Files.setLastModifiedTime(lib, FileTime.from(started.plusSeconds(5)));
        f.put(ENCODE, withLib, reply(figure(32), started, classIn("org.dep.Lib", 1)));
        assertEquals(List.of(), f.storedFiles());
    }

    @Test
    void notWhenAForkHasNoStartTime() throws Exception {
        // nothing to compare the files' times with
        f.put(ENCODE, cp, new MeasureReply(figure(32), null, Duration.ofSeconds(1), null,
                List.of(classIn("com.acme.Codec", 0))));
        assertNothingStored();
    }

    @Test
    void notWhenAnEntryCannotBeRead() throws Exception {
        Path broken = tmp.resolve("broken.jar");
        Files.writeString(broken, "a jar being rewritten");
        Files.setLastModifiedTime(broken, StoreFixture.WRITTEN);
        List<Path> withBroken = f.classpath(classes, broken);
        f.put(ENCODE, withBroken, reply(figure(32), classIn("com.acme.Codec", 0), classIn("org.dep.Lib", 1)));
        assertEquals(List.of(), f.storedFiles());
        assertEquals(1, f.warnings.size(), "said why: " + f.warnings);
        assertTrue(f.warnings.get(0).contains(ENCODE.toString()), f.warnings.get(0));
    }

    @Test
    void notWhenALoadedClassIsNoLongerWhereTheForkFoundIt() throws Exception {
        Files.delete(codec);
        f.put(ENCODE, cp, reply(figure(32), classIn("com.acme.Codec", 0)));
        assertNothingStored();
    }
}
