package dev.allocbudget.runner.shape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.allocbudget.AllocationBudget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class file's budgets, read from its bytes, and the bytes a stored figure keys it on: the same when only a budget
 * changed, different whenever anything else did, a constant the code shares with a budget included.
 */
class BudgetClassFileTest {
    @TempDir
    Path dir;

    private byte[] compile(String body) throws Exception {
        Path source = dir.resolve("src/demo/Budgets.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package demo; import dev.allocbudget.AllocationBudget; public class Budgets { "
                + body + " }");
        Path out = dir.resolve("out");
        String annotations = Path.of(AllocationBudget.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI()).toString();
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", out.toString(), "-cp",
                annotations, "--release", "17", source.toString()));
        return Files.readAllBytes(out.resolve("demo/Budgets.class"));
    }

    @Test
    void theBudgetsOfEachAnnotatedMethodAreReadWithTheAnnotationsDefaults() throws Exception {
        byte[] file = compile("@AllocationBudget(bytes = 64, objects = 2) public Object a() { return null; }"
                + " @AllocationBudget(tolerancePercent = 12.5, reuse = false) public Object b() { return null; }"
                + " @AllocationBudget public int c() { return 1; } @Deprecated public int plain() { return 2; }"
                + " @AllocationBudget(bytes = 96, java = \"21+\") public int d() { return 3; }"
                + " @AllocationBudget(bytes = 296) @AllocationBudget(bytes = 96, java = \"21+\") public int e() { return 4; }"
                + " @AllocationBudget(bytes = 48, threads = 4) public int f() { return 5; }");
        // e's budgets sit in the repeatable annotation's container: no values, so a stored discovery is not reused
        assertEquals(Map.of(
                "a", new BudgetClassFile.Values(64, 2, -1, true, null, 1),
                "b", new BudgetClassFile.Values(-1, -1, 12.5, false, null, 1),
                "c", new BudgetClassFile.Values(-1, -1, -1, true, null, 1),
                "d", new BudgetClassFile.Values(96, -1, -1, true, "21+", 1),
                "f", new BudgetClassFile.Values(48, -1, -1, true, null, 4)), BudgetClassFile.read(file).budgets());
    }

    @Test
    void aChangedBudgetKeepsTheKeyAndChangedCodeDoesNot() throws Exception {
        String method = "public Object a() { return new byte[%d]; }";
        byte[] original = compile("@AllocationBudget(bytes = 64, tolerancePercent = 5) " + method.formatted(16));
        byte[] budgetOnly = compile("@AllocationBudget(bytes = 80, tolerancePercent = 7.5) " + method.formatted(16));
        byte[] code = compile("@AllocationBudget(bytes = 64, tolerancePercent = 5) " + method.formatted(17));
        assertFalse(Arrays.equals(original, budgetOnly), "the class files differ");
        assertArrayEquals(BudgetClassFile.read(original).keyed(), BudgetClassFile.read(budgetOnly).keyed());
        assertFalse(Arrays.equals(BudgetClassFile.read(original).keyed(), BudgetClassFile.read(code).keyed()));
    }

    @Test
    void aConstantTheCodeSharesWithABudgetIsNeverBlanked() throws Exception {
        // ldc2_w 64L and bytes = 64 share one constant: changing both must change the key
        String shared = "@AllocationBudget(bytes = %d) public long a() { return %dL * System.nanoTime(); }";
        byte[] before = compile(shared.formatted(64, 64));
        byte[] after = compile(shared.formatted(80, 80));
        assertFalse(Arrays.equals(BudgetClassFile.read(before).keyed(), BudgetClassFile.read(after).keyed()));
    }

    @Test
    void aBudgetGivenWhereThereWasNoneChangesTheKey() throws Exception {
        // the annotation gains an element and the class a constant: not a budget change in place, measured again
        byte[] none = compile("@AllocationBudget public Object a() { return null; }");
        byte[] some = compile("@AllocationBudget(bytes = 8) public Object a() { return null; }");
        assertFalse(Arrays.equals(BudgetClassFile.read(none).keyed(), BudgetClassFile.read(some).keyed()));
    }

    @Test
    void otherThreadsChangeTheKey() throws Exception {
        // threads changes what is measured, not a limit: a figure measured on 1 or 2 threads is not one on 4
        String method = "@AllocationBudget(bytes = 48%s) public Object a() { return null; }";
        byte[] one = compile(method.formatted(""));
        byte[] two = compile(method.formatted(", threads = 2"));
        byte[] four = compile(method.formatted(", threads = 4"));
        assertFalse(Arrays.equals(BudgetClassFile.read(one).keyed(), BudgetClassFile.read(two).keyed()));
        assertFalse(Arrays.equals(BudgetClassFile.read(two).keyed(), BudgetClassFile.read(four).keyed()));
    }

    @Test
    void bytesThatAreNoClassFileAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> BudgetClassFile.read(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
    }
}
