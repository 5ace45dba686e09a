package dev.allocbudget.core;

import dev.allocbudget.runner.shape.ClassFiles;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code @AllocationBudget} methods in a module's main classes, which the check never measures (it lists the test
 * classes): read from the class files, without loading a class, so that the goal can say so.
 */
public final class MainCodeBudgets {
    private static final String DESCRIPTOR = "Ldev/allocbudget/AllocationBudget;";
    /** The repeatable annotation's container: a method with a budget per range of Java versions. */
    private static final String CONTAINER = "Ldev/allocbudget/AllocationBudgets;";

    private MainCodeBudgets() {}

    /** The ids ({@code a.b.C#method}) of the annotated methods of the classes under {@code classesDir}, sorted. */
    public static List<String> in(Path classesDir) throws IOException {
        if (!Files.isDirectory(classesDir)) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classesDir)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                byte[] bytes = Files.readAllBytes(file);
                if (ClassFiles.mentions(bytes, ClassFiles.BUDGET_ANNOTATION)) {
                    ids.addAll(annotatedMethods(bytes));
                }
            }
        }
        return ids.stream().sorted().toList();
    }

    /** The ids of the methods of one class file that carry the annotation; none when the file cannot be read. */
    static List<String> annotatedMethods(byte[] bytes) {
        try {
            return new Reader(bytes).annotatedMethods();
        } catch (IOException | RuntimeException e) {
            return List.of(); // not a class file this reader knows: the JVM will say what is wrong with it
        }
    }

    /** Just enough of the class file format (JVMS 4) to reach the methods' annotations. */
    private static final class Reader {
        private final DataInputStream in;
        private String[] utf8;
        private int[] classNames;

        Reader(byte[] bytes) {
            this.in = new DataInputStream(new ByteArrayInputStream(bytes));
        }

        List<String> annotatedMethods() throws IOException {
            in.skipBytes(8); // magic, minor and major version
            readConstantPool();
            in.skipBytes(2); // access flags
            String className = utf8[classNames[in.readUnsignedShort()]].replace('/', '.');
            in.skipBytes(2); // super class
            in.skipBytes(2 * in.readUnsignedShort()); // interfaces
            int fields = in.readUnsignedShort();
            for (int i = 0; i < fields; i++) {
                in.skipBytes(6);
                skipAttributes();
            }
            List<String> ids = new ArrayList<>();
            int methods = in.readUnsignedShort();
            for (int i = 0; i < methods; i++) {
                in.skipBytes(2);
                String name = utf8[in.readUnsignedShort()];
                in.skipBytes(2);
                if (hasBudget()) {
                    ids.add(className + "#" + name);
                }
            }
            return ids;
        }

        private void readConstantPool() throws IOException {
            int count = in.readUnsignedShort();
            utf8 = new String[count];
            classNames = new int[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 7 -> classNames[i] = in.readUnsignedShort();
                    case 8, 16, 19, 20 -> in.skipBytes(2);
                    case 15 -> in.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        i++; // a long or double takes two entries
                    }
                    default -> throw new IOException("constant pool tag " + tag);
                }
            }
        }

        private void skipAttributes() throws IOException {
            int attributes = in.readUnsignedShort();
            for (int i = 0; i < attributes; i++) {
                in.skipBytes(2);
                in.skipBytes(in.readInt());
            }
        }

        /** Reads a method's attributes: whether one of its annotations, visible or not, is the budget. */
        private boolean hasBudget() throws IOException {
            boolean budget = false;
            int attributes = in.readUnsignedShort();
            for (int i = 0; i < attributes; i++) {
                String name = utf8[in.readUnsignedShort()];
                int length = in.readInt();
                if (name.equals("RuntimeVisibleAnnotations") || name.equals("RuntimeInvisibleAnnotations")) {
                    int annotations = in.readUnsignedShort();
                    for (int a = 0; a < annotations; a++) {
                        String type = utf8[in.readUnsignedShort()];
                        budget |= DESCRIPTOR.equals(type) || CONTAINER.equals(type);
                        skipElementValuePairs();
                    }
                } else {
                    in.skipBytes(length);
                }
            }
            return budget;
        }

        private void skipElementValuePairs() throws IOException {
            int pairs = in.readUnsignedShort();
            for (int p = 0; p < pairs; p++) {
                in.skipBytes(2);
                skipElementValue();
            }
        }

        private void skipElementValue() throws IOException {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 'e' -> in.skipBytes(4);
                case '@' -> {
                    in.skipBytes(2);
                    skipElementValuePairs();
                }
                case '[' -> {
                    int values = in.readUnsignedShort();
                    for (int v = 0; v < values; v++) {
                        skipElementValue();
                    }
                }
                default -> in.skipBytes(2); // a constant or a class: one index
            }
        }
    }
}
