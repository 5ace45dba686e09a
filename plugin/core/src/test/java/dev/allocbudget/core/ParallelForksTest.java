package dev.allocbudget.core;

import dev.allocbudget.core.model.Verdict;
import dev.allocbudget.core.model.AllocationSite;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.core.fixtures.EscapeAnalysis;
import dev.allocbudget.core.model.AllocBudgetException;
import dev.allocbudget.core.model.CheckListener;
import dev.allocbudget.core.model.CheckOutcome;
import dev.allocbudget.core.model.MethodResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Measuring forks in parallel ({@code CheckRequest.forks}): same figures, same order, within the limit. */
class ParallelForksTest {
    private static final Path TEST_CLASSES = TestPaths.codeSource(EscapeAnalysis.class);
    /** Passing and failing methods, with and without object counts, and ones that cannot be measured. */
    private static final List<String> FIXTURES = List.of("*.EscapeAnalysis#*", "*.Allocations#*", "*.OverBudget#*",
            "*.Faults#throwsAfterAWhile", "*.Faults#exits", "*.Faults#wrongShape");

    @TempDir
    Path dir;

    private static CheckRequest request(Path reportDir, int forks) throws AllocBudgetException {
        return CheckRequest.builder().compileOrders("one").projectDir(reportDir).testClassesDir(TEST_CLASSES)
                .classpath(List.of(TEST_CLASSES)).includes(FIXTURES).reportDir(reportDir).pluginVersion("test")
                .forks(forks).build();
    }

    /**
     * What must not depend on the number of forks: each method's figures, verdict and the bytes per allocated type,
     * in id order. (Not the stacks: the agent attributes a lambda's allocation to its call site or, in some runs, a
     * share of it to {@code Unsafe.allocateInstance}, with one fork at a time as well.)
     */
    private static String figures(MethodResult r) {
        String objects = r.objects() == null ? "-" : r.objects().perOp() + " obj " + r.objects().sites().stream()
                .collect(Collectors.groupingBy(AllocationSite::type, TreeMap::new,
                        Collectors.summingDouble(AllocationSite::bytesPerOp)));
        return r.id() + " " + r.bytesPerOp() + " B " + objects + " " + r.verdict();
    }

    @Test
    void twoForksAtATimeGiveTheFiguresAndProgressOfOneAtATime() throws Exception {
        List<String> oneLines = new ArrayList<>();
        CheckOutcome one = new AllocationCheck(request(dir.resolve("one"), 1), progress(oneLines)).run();
        List<String> twoLines = new ArrayList<>();
        CheckOutcome two = new AllocationCheck(request(dir.resolve("two"), 2), progress(twoLines)).run();

        assertEquals(19, one.results().size(), "methods checked");
        assertTrue(one.results().stream().anyMatch(r -> r.verdict() == Verdict.FAIL), "a confirmed violation");
        assertTrue(one.results().stream().anyMatch(r -> r.verdict() == Verdict.ERROR), "an error");
        assertEquals(one.results().stream().map(ParallelForksTest::figures).toList(),
                two.results().stream().map(ParallelForksTest::figures).toList());
        // progress in id order, counted 1..n, whatever order the forks finished in
        assertEquals(oneLines, twoLines);
        List<String> ids = one.results().stream().map(r -> r.id().toString()).toList();
        assertEquals(ids.stream().sorted().toList(), ids);

        // every fork has files of its own: as many .args as forks ran, numbered 1..n without gaps
        List<Fork> forks = measuringForks(dir.resolve("two/forks"));
        List<Fork> serial = measuringForks(dir.resolve("one/forks"));
        assertEquals(serial.size(), forks.size());
        try (Stream<Path> args = Files.list(dir.resolve("two/forks"))) {
            List<String> numbers = args.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".args"))
                    .map(n -> n.substring(5, 8)).sorted().toList();
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= numbers.size(); i++) expected.add(String.format("%03d", i));
            assertEquals(expected, numbers);
        }
        // two measuring JVMs at a time, never three; one at a time with forks = 1
        assertEquals(2, mostAtOnce(forks), forks.toString());
        assertEquals(1, mostAtOnce(serial), serial.toString());
    }

    private static CheckListener progress(List<String> lines) {
        return new CheckListener() {
            @Override
            public void methodFinished(int index, int total, MethodResult result) {
                lines.add(index + "/" + total + " " + result.id() + " " + result.verdict());
            }
        };
    }

    /** A fork writes its .args file just before it starts and its events last, just before it exits. */
    private record Fork(String name, long start, long end) {}

    private static List<Fork> measuringForks(Path forkDir) throws Exception {
        List<Fork> forks = new ArrayList<>();
        try (Stream<Path> files = Files.list(forkDir)) {
            for (Path events : files.filter(p -> p.toString().endsWith("-measure.events")).toList()) {
                String stem = events.getFileName().toString().replace(".events", "");
                forks.add(new Fork(stem, Files.getLastModifiedTime(forkDir.resolve(stem + ".args")).toMillis(),
                        Files.getLastModifiedTime(events).toMillis()));
            }
        }
        return forks;
    }

    private static int mostAtOnce(List<Fork> forks) {
        int most = 0;
        for (Fork f : forks) { // the most forks running at one moment is reached at some fork's start
            most = Math.max(most, (int) forks.stream().filter(o -> o.start() <= f.start() && f.start() < o.end()).count());
        }
        return most;
    }

    /** Runs a check with two forks at a time on another thread; {@code onFirst} runs when the first method is done. */
    private Thread checkInBackground(Runnable onFirst, Throwable[] thrown) {
        CheckListener listener = new CheckListener() {
            @Override
            public void methodFinished(int index, int total, MethodResult result) {
                if (index == 1) onFirst.run();
            }
        };
        Thread t = new Thread(() -> {
            try {
                new AllocationCheck(request(dir.resolve("bg"), 2), listener).run();
            } catch (Throwable e) {
                thrown[0] = e;
            }
        });
        t.start();
        return t;
    }

    /** The JVMs this test JVM started that still run (the check's forks, and any process they started). */
    private static List<ProcessHandle> running() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
    }

    @Test
    void anInterruptedCheckKillsEveryRunningForkBeforeItEnds() throws Exception {
        Throwable[] thrown = new Throwable[1];
        Thread[] check = new Thread[1];
        check[0] = checkInBackground(() -> check[0].interrupt(), thrown);
        check[0].join(120_000);
        assertTrue(thrown[0] instanceof InterruptedException, String.valueOf(thrown[0]));
        assertEquals(List.of(), running());
    }

    @Test
    void anIoErrorInOneTaskStopsTheOthersAndFailsTheCheck() throws Exception {
        Throwable[] thrown = new Throwable[1];
        Path forkDir = dir.resolve("bg/forks");
        Thread check = checkInBackground(() -> { // the next fork cannot write its argument file
            // the other fork may be writing its logs here meanwhile: empty the directory until it can be removed
            for (int attempt = 0; Files.exists(forkDir); attempt++) {
                try (Stream<Path> files = Files.list(forkDir)) {
                    for (Path p : files.toList()) Files.deleteIfExists(p);
                    Files.delete(forkDir);
                } catch (java.nio.file.DirectoryNotEmptyException | java.nio.file.NoSuchFileException e) {
                    if (attempt == 100) throw new java.io.UncheckedIOException(e);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }, thrown);
        check.join(120_000);
        assertTrue(thrown[0] instanceof AllocBudgetException, String.valueOf(thrown[0]));
        assertTrue(thrown[0].getMessage().startsWith("allocbudget: I/O error under " + dir.resolve("bg") + ": "),
                thrown[0].getMessage());
        assertEquals(List.of(), running());
    }

    @Test
    void forksBelowOneAreRefused() {
        AllocBudgetException e = assertThrows(AllocBudgetException.class, () -> request(dir, 0));
        assertEquals("allocbudget.forks is 0; give how many JVMs may measure at the same time, 1 or more (by default"
                + " one per processor: " + CheckRequest.defaultForks() + ")", e.getMessage());
    }

    @Test
    void aRequestWithoutForksMeasuresOneForkAtATime() throws Exception {
        CheckRequest r = CheckRequest.builder().projectDir(dir).testClassesDir(TEST_CLASSES).reportDir(dir).build();
        assertEquals(1, r.forks());
    }
}
