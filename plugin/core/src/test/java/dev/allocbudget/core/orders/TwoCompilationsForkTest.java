package dev.allocbudget.core.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonFactory;
import dev.allocbudget.core.AllocationCheck;
import dev.allocbudget.core.CheckRequest;
import dev.allocbudget.core.TestPaths;
import dev.allocbudget.core.model.CheckListener;
import dev.allocbudget.core.model.CompileOrder;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.OtherCompilation;
import dev.allocbudget.core.model.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24's Jackson write in real forks, in both compile orders (the default): on JDK 25 two compilations, 296 B/op
 * with the callees compiled first and 96 (JMH's figure in half of its runs) with the method compiled first, the
 * larger deciding against the budget of 128; on JDK 17 one compilation, 296 in both orders.
 */
class TwoCompilationsForkTest {
    private static final Path JDK25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");

    @TempDir
    Path dir;

    private MethodResult.Measured writeEvent(Path java) throws Exception {
        CheckRequest.Builder request = CheckRequest.builder().projectDir(dir).reportDir(dir)
                .testClassesDir(TestPaths.codeSource(JacksonEvents.class))
                .classpath(List.of(TestPaths.codeSource(JacksonEvents.class), TestPaths.codeSource(JsonFactory.class)))
                .includes(List.of("*.JacksonEvents#writeEvent")).pluginVersion("test");
        if (java != null) {
            request.java(java);
        }
        List<MethodResult> results = new AllocationCheck(request.build(), new CheckListener() {}).run().results();
        assertEquals(1, results.size(), results.toString());
        return (MethodResult.Measured) results.get(0);
    }

    @Test
    void onJdk25TheTwoCompileOrdersGiveJmhsTwoFiguresAndTheLargerDecides() throws Exception {
        assumeTrue(Files.isExecutable(JDK25), "no JDK 25 at " + JDK25);
        MethodResult.Measured r = writeEvent(JDK25);
        assertEquals(296.0, r.bytesPerOp());
        assertEquals(CompileOrder.CALLEES_FIRST, r.order());
        assertEquals(new OtherCompilation(CompileOrder.METHOD_FIRST, 96.0, null), r.other());
        assertEquals(Verdict.FAIL, r.verdict(), "296 is over the budget of 128, whichever order JMH's fork took");
    }

    @Test
    void onJdk17BothOrdersGiveOneFigure() throws Exception {
        assumeTrue(Runtime.version().feature() == 17, "the forks run on the build's JDK, here not 17");
        MethodResult.Measured r = writeEvent(null);
        assertEquals(296.0, r.bytesPerOp());
        assertEquals(new OtherCompilation(CompileOrder.METHOD_FIRST, 296.0, null), r.other());
        assertEquals(Verdict.FAIL, r.verdict());
    }
}
