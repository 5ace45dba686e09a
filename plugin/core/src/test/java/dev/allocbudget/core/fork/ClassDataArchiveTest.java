package dev.allocbudget.core.fork;

import dev.allocbudget.runner.protocol.MeasureCommand.Threads;
import dev.allocbudget.runner.protocol.MeasureCommand.Counting;
import dev.allocbudget.runner.protocol.MeasureCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.core.CheckRequest;
import dev.allocbudget.runner.Calibration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real JVMs: the archive is made by the JDK's own dump, and mapped by a real measuring fork. */
class ClassDataArchiveTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path temp;

    @Test
    void isMadeOncePerJdkAndKeptAlone() throws Exception {
        Path dir = temp.resolve("archives");
        ClassDataArchive archive = new ClassDataArchive(CheckRequest.currentJava(), dir, TIMEOUT);

        ClassDataArchive.Prepared first = archive.prepare(20_000);
        assertTrue(first.made());
        assertTrue(Files.size(first.file()) > 0);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(first.file()), files.toList(), "the lists, logs and the unchecked dump are gone");
        }
        assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(dir));

        FileTime made = Files.getLastModifiedTime(first.file());
        ClassDataArchive.Prepared second = archive.prepare(20_000);
        assertFalse(second.made());
        assertEquals(first.file(), second.file());
        assertEquals(made, Files.getLastModifiedTime(second.file()));
    }

    @Test
    void aMeasuringForkMapsTheClassesItLoadsAndGivesTheSameFigure() throws Exception {
        Path archive = new ClassDataArchive(CheckRequest.currentJava(), temp.resolve("archives"), TIMEOUT)
                .prepare(20_000).file();
        ForkProcess process = new ForkProcess(CheckRequest.currentJava(), temp, TIMEOUT, temp);
        String classpath = new ForkClasspath(List.of()).of(List.of());

        List<String> flags = new ArrayList<>(ClassDataArchive.flags(archive));
        flags.add("-Xlog:class+load=info:file=" + temp.resolve("loaded.log"));
        String command = new MeasureCommand(Calibration.ID, 20_000, Counting.NONE, Threads.ALL, 1).encode();
        ForkRun with = process.run("with", flags, classpath, ForkLauncher.CHECK_MAIN, "measure", command);
        ForkRun without = process.run("without", List.of(), classpath, ForkLauncher.CHECK_MAIN, "measure", command);

        assertEquals(16.0, MeasureReply.of(with, Counting.NONE).figure().bytesPerOp());
        assertEquals(16.0, MeasureReply.of(without, Counting.NONE).figure().bytesPerOp());
        // a class the JDK's default archive does not hold, which every measuring fork loads
        String loaded = Files.readString(temp.resolve("loaded.log"));
        assertTrue(loaded.contains("java.lang.management.ManagementFactory source: shared objects file"), loaded);
    }

    @Test
    void refusesADirectoryOthersMayWrite() throws Exception {
        Path dir = Files.createDirectory(temp.resolve("shared"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        ClassDataArchive.Unavailable refused = assertThrows(ClassDataArchive.Unavailable.class,
                () -> new ClassDataArchive(CheckRequest.currentJava(), dir, TIMEOUT).prepare(20_000));
        assertTrue(refused.getMessage().contains("chmod 700"), refused.getMessage());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing was made in it");
        }
    }

    @Test
    void jvmArgsThatChooseTheirOwnSharingKeepOursOff() {
        assertTrue(ClassDataArchive.chosenBy(List.of("-Xmx1g", "-Xshare:off")));
        assertTrue(ClassDataArchive.chosenBy(List.of("-XX:-UseCompressedOops")));
        assertTrue(ClassDataArchive.chosenBy(List.of("-XX:AOTCache=app.aot")));
        assertFalse(ClassDataArchive.chosenBy(List.of("-Xmx1g", "-Dallocbudget.threads=caller")));
    }
}
