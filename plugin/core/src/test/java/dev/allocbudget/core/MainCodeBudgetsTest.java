package dev.allocbudget.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.allocbudget.AllocationBudget;
import dev.allocbudget.core.fixtures.Allocations;
import java.io.InputStream;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainCodeBudgetsTest {

    /** Kept in the class file only (RuntimeInvisibleAnnotations), with every kind of value to read past. */
    @Retention(RetentionPolicy.CLASS)
    @interface Mixed {
        Thread.State state();

        String[] names();

        Class<?> type();

        Retention nested();

        long big();

        double ratio();
    }

    static final class Annotated {
        static final long LONG = 1L << 40; // a long and a double take two constant pool entries each
        static final double DOUBLE = 0.5;
        int field;

        @Deprecated(since = "1")
        @Mixed(state = Thread.State.BLOCKED, names = {"a", "b"}, type = String.class,
                nested = @Retention(RetentionPolicy.SOURCE), big = LONG, ratio = DOUBLE)
        @AllocationBudget(bytes = 16, objects = 1)
        public Object afterOtherAnnotations() {
            return new Object();
        }

        @Mixed(state = Thread.State.NEW, names = {}, type = int.class, nested = @Retention(RetentionPolicy.CLASS),
                big = 0, ratio = 0)
        public void withoutBudget() {}

        @AllocationBudget(bytes = 0)
        public int plain() {
            return field;
        }

        @AllocationBudget(bytes = 296)
        @AllocationBudget(bytes = 96, java = "21+")
        public int perJava() {
            return field;
        }
    }

    private static byte[] classFile(Class<?> type) throws Exception {
        String name = type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class";
        try (InputStream in = type.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static List<String> annotatedByReflection(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).filter(m -> m.getAnnotationsByType(AllocationBudget.class).length > 0)
                .map(Method::getName).map(m -> type.getName() + "#" + m).sorted().toList();
    }

    @Test
    void theMethodsAreReadPastEveryKindOfAnnotationValue() throws Exception {
        List<String> read = MainCodeBudgets.annotatedMethods(classFile(Annotated.class)).stream().sorted().toList();
        assertEquals(List.of(Annotated.class.getName() + "#afterOtherAnnotations", Annotated.class.getName()
                + "#perJava", Annotated.class.getName() + "#plain"), read);
        assertEquals(annotatedByReflection(Annotated.class), read);
    }

    @Test
    void aFixtureWithManyBudgetsReadsAsReflectionSeesIt() throws Exception {
        assertEquals(true, annotatedByReflection(Allocations.class).size() > 5);
        assertEquals(annotatedByReflection(Allocations.class),
                MainCodeBudgets.annotatedMethods(classFile(Allocations.class)).stream().sorted().toList());
    }

    @Test
    void aDirectoryIsWalkedAndWhatIsNoClassFileIsPassedOver(@TempDir Path dir) throws Exception {
        Path pkg = Files.createDirectories(dir.resolve("a"));
        Files.write(pkg.resolve("Annotated.class"), classFile(Annotated.class));
        Files.write(pkg.resolve("Allocations.class"), classFile(Allocations.class));
        Files.write(pkg.resolve("Broken.class"), "Ldev/allocbudget/AllocationBudget; but no class".getBytes());
        Files.writeString(pkg.resolve("notes.txt"), "Ldev/allocbudget/AllocationBudget;");
        List<String> expected = new java.util.ArrayList<>(annotatedByReflection(Annotated.class));
        expected.addAll(annotatedByReflection(Allocations.class));
        assertEquals(expected.stream().sorted().toList(), MainCodeBudgets.in(dir));
        assertEquals(List.of(), MainCodeBudgets.in(dir.resolve("missing")));
    }
}
