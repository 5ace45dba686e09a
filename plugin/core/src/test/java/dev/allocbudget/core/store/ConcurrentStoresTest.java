package dev.allocbudget.core.store;

import static dev.allocbudget.core.store.StoreFixture.DECODE;
import static dev.allocbudget.core.store.StoreFixture.ENCODE;
import static dev.allocbudget.core.store.StoreFixture.KEY;
import static dev.allocbudget.core.store.StoreFixture.classIn;
import static dev.allocbudget.core.store.StoreFixture.reply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.core.model.Figure;
import dev.allocbudget.core.model.FigureDetail;
import dev.allocbudget.runner.protocol.MethodId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds beside each other on one store directory (two stores, each used by several measuring threads), every
 * thread looking its method up and storing new figures in turn: no stored file is ever seen half-written or
 * removed as broken, and what is found is always the figure of the very inputs it was looked up with.
 */
class ConcurrentStoresTest {
    private static final int TASKS = 8;
    private static final int ROUNDS = 50;

    @TempDir
    Path tmp;

    @Test
    void twoStoresOnOneDirectoryNeverSeeABrokenEntryNorAnotherInputsFigures() throws Exception {
        StoreFixture f = new StoreFixture(tmp);
        Path classesA = f.dir("a/classes");
        Path classesB = f.dir("b/classes");
        f.file(classesA, "com/acme/Codec.class", "codec A");
        f.file(classesB, "com/acme/Codec.class", "codec B");
        List<List<Path>> classpaths = List.of(f.classpath(classesA), f.classpath(classesB));
        List<ResultStore> stores = List.of(f.open(),
                f.open(new StoreKey(KEY.plugin(), KEY.jdk(), List.of("-Xmx1g"), KEY.machine(), KEY.jdkVersion()), true));
        List<MethodId> methods = List.of(ENCODE, DECODE);

        AtomicInteger hits = new AtomicInteger();
        List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(TASKS);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int t = 0; t < TASKS; t++) {
                // each task one of the 8 combinations of store, class path and method: its figure says which
                int s = t % 2;
                int c = t / 2 % 2;
                int m = t / 4;
                double identity = 1000 * s + 100 * c + m;
                done.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    for (int round = 0; round < ROUNDS; round++) {
                        ResultStore.Found found = stores.get(s).figures(methods.get(m), classpaths.get(c));
                        for (Figure figure : found.forks()) {
                            if (figure.bytesPerOp() != identity) {
                                wrong.add("store " + s + ", class path " + c + ", " + methods.get(m) + " found "
                                        + figure);
                            }
                        }
                        if (!found.forks().isEmpty()) {
                            hits.incrementAndGet();
                        }
                        // another figure each round (its period): a new file each time, older ones dropped
                        Figure figure = new Figure(identity, null, new FigureDetail(identity, false, round, 0, null));
                        stores.get(s).put(methods.get(m), classpaths.get(c),
                                List.of(reply(figure, classIn("com.acme.Codec", 0))));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> d : done) {
                d.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
            for (ResultStore store : stores) {
                store.close();
            }
        }

        assertEquals(List.of(), wrong);
        assertEquals(List.of(), f.warnings, "no stored file seen broken, none failed to be stored");
        assertTrue(hits.get() > 0, "the stores found figures while the others wrote");
    }
}
