package dev.allocbudget.runner.shape;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code @AllocationBudget} values of a class file's methods, read from its bytes without loading it, and the
 * bytes a stored figure keys the class on: the file with those values blanked, so that a changed budget (a hard
 * limit, not what the method does) changes no key and needs no measurement. A value's constant is blanked only
 * where nothing but the budget annotation refers to it: a long or double constant can be referred to only by an
 * {@code ldc2_w} in code, a field's {@code ConstantValue}, an annotation's value and a bootstrap method's argument,
 * and where any of those might name it (matching its bytes at any offset, so at worst too often), it keeps its
 * bytes: a change to the code is never hidden.
 */
public final class BudgetClassFile {
    private static final String BUDGET = "Ldev/allocbudget/AllocationBudget;";

    /**
     * One method's annotation values; those it does not give are the annotation's defaults. {@code java} is the
     * budget's range of Java versions, {@code null} when it gives none. A method with several budgets (the
     * repeatable annotation's container) has no values here. {@code threads} is an int, whose constant is never
     * blanked in {@link #keyed}: it changes what is measured, not only the limit.
     */
    public record Values(long bytes, long objects, double tolerancePercent, boolean reuse, String java,
            int threads) {}

    private final byte[] bytes;
    private int pos;
    private final int[] offsets;
    private final byte[] tags;
    private final Map<String, Values> budgets = new HashMap<>();
    /** The constant pool slots that hold a long or double value of a budget annotation. */
    private final Set<Integer> valueSlots = new HashSet<>();
    /** Where the budget annotations refer to those slots (offsets of their two-byte indexes). */
    private final Set<Integer> valueReferences = new HashSet<>();
    /** Every attribute of the file by name, with where its contents start and end (a Code's: its code array's end). */
    private final List<Range> ranges = new ArrayList<>();

    private record Range(String name, int start, int end) {}

    private BudgetClassFile(byte[] bytes) {
        this.bytes = bytes;
        if (u4() != 0xCAFEBABE) {
            throw new IllegalArgumentException("not a class file");
        }
        pos += 4; // minor, major
        int count = u2();
        offsets = new int[count];
        tags = new byte[count];
        for (int i = 1; i < count; i++) {
            offsets[i] = pos;
            tags[i] = bytes[pos++];
            switch (tags[i]) {
                case 1 -> pos += 2 + u2At(pos);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> pos += 4;
                case 5, 6 -> { pos += 8; i++; } // takes two slots
                case 7, 8, 16, 19, 20 -> pos += 2;
                case 15 -> pos += 3;
                default -> throw new IllegalArgumentException("unknown constant tag " + tags[i]);
            }
        }
        pos += 6; // access, this, super
        int interfaces = u2();
        pos += 2 * interfaces;
        members(false);
        members(true);
        attributes(null);
    }

    /** Reads {@code bytes}; throws {@link IllegalArgumentException} (or an index exception) when it is no class file. */
    public static BudgetClassFile read(byte[] bytes) {
        return new BudgetClassFile(bytes);
    }

    /** The values of each method that carries {@code @AllocationBudget}, by name. */
    public Map<String, Values> budgets() {
        return Map.copyOf(budgets);
    }

    /** The file with its budgets' long and double values blanked where only their annotations use them. */
    public byte[] keyed() {
        byte[] keyed = bytes.clone();
        for (int slot : valueSlots) {
            if (!referencedElsewhere(slot)) {
                Arrays.fill(keyed, offsets[slot] + 1, offsets[slot] + 9, (byte) 0);
            }
        }
        return keyed;
    }

    /** True when anything but a budget annotation may refer to the constant in {@code slot}. */
    private boolean referencedElsewhere(int slot) {
        for (Range r : ranges) {
            boolean found = switch (r.name()) {
                case "Code" -> follows(r, 0x14, slot); // ldc2_w
                case "ConstantValue" -> u2At(r.start()) == slot;
                case "BootstrapMethods" -> anyIndex(r, slot);
                default -> (r.name().endsWith("Annotations") || r.name().equals("AnnotationDefault"))
                        && (follows(r, 'J', slot) || follows(r, 'D', slot));
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code slot} follows the byte {@code first} in the range, but for a budget's own reference. */
    private boolean follows(Range r, int first, int slot) {
        for (int i = r.start(); i + 2 < r.end(); i++) {
            if ((bytes[i] & 0xff) == first && u2At(i + 1) == slot && !valueReferences.contains(i + 1)) {
                return true;
            }
        }
        return false;
    }

    private boolean anyIndex(Range r, int slot) {
        for (int i = r.start(); i + 1 < r.end(); i++) {
            if (u2At(i) == slot) {
                return true;
            }
        }
        return false;
    }

    private void members(boolean methods) {
        int count = u2();
        for (int m = 0; m < count; m++) {
            pos += 2; // access
            String name = utf8(u2());
            pos += 2; // descriptor
            attributes(methods ? name : null);
        }
    }

    /** Reads a list of attributes, remembering each; {@code method}: the budget annotations of that method. */
    private void attributes(String method) {
        int count = u2();
        for (int a = 0; a < count; a++) {
            String attribute = utf8(u2());
            int length = u4();
            int end = pos + length;
            if (attribute.equals("Code")) {
                pos += 4; // max stack, max locals
                int codeLength = u4();
                ranges.add(new Range(attribute, pos, pos + codeLength));
                pos += codeLength;
                int handlers = u2();
                pos += 8 * handlers;
                attributes(null); // its own: type annotations, stack maps, ...
            } else if (attribute.equals("Record")) {
                int components = u2();
                for (int c = 0; c < components; c++) {
                    pos += 4; // name, descriptor
                    attributes(null);
                }
            } else {
                ranges.add(new Range(attribute, pos, end));
                if (method != null && attribute.equals("RuntimeVisibleAnnotations")) {
                    annotations(method);
                }
            }
            pos = end;
        }
    }

    private void annotations(String method) {
        int count = u2();
        for (int a = 0; a < count; a++) {
            boolean budget = utf8(u2()).equals(BUDGET);
            int pairs = u2();
            long bytesBudget = -1;
            long objects = -1;
            double tolerance = -1;
            boolean reuse = true;
            String java = null;
            int threads = 1;
            for (int p = 0; p < pairs; p++) {
                String element = utf8(u2());
                if (!budget) {
                    skipValue();
                    continue;
                }
                int tag = bytes[pos++];
                int reference = pos;
                int slot = u2();
                switch (element) {
                    case "bytes" -> bytesBudget = longAt(slot, tag, reference);
                    case "objects" -> objects = longAt(slot, tag, reference);
                    case "tolerancePercent" -> tolerance = Double.longBitsToDouble(longAt(slot, tag, reference));
                    case "reuse" -> reuse = intAt(slot) != 0;
                    case "java" -> java = utf8(slot);
                    case "threads" -> threads = intAt(slot);
                    default -> { } // an element of a later annotation version: its bytes stay as they are
                }
            }
            if (budget) {
                budgets.put(method, new Values(bytesBudget, objects, tolerance, reuse, java, threads));
            }
        }
    }

    private long longAt(int slot, int tag, int reference) {
        if ((tag != 'J' && tag != 'D') || (tags[slot] != 5 && tags[slot] != 6)) {
            throw new IllegalArgumentException("a budget value is not a long or double constant");
        }
        valueSlots.add(slot);
        valueReferences.add(reference);
        return ((long) u4At(offsets[slot] + 1) << 32) | (u4At(offsets[slot] + 5) & 0xffffffffL);
    }

    private int intAt(int slot) {
        return u4At(offsets[slot] + 1);
    }

    private void skipValue() {
        int tag = bytes[pos++];
        switch (tag) {
            case 'e' -> pos += 4;
            case '@' -> skipAnnotation();
            case '[' -> {
                int n = u2();
                for (int i = 0; i < n; i++) {
                    skipValue();
                }
            }
            default -> pos += 2; // a constant, a string, a class
        }
    }

    private void skipAnnotation() {
        pos += 2;
        int pairs = u2();
        for (int p = 0; p < pairs; p++) {
            pos += 2;
            skipValue();
        }
    }

    private String utf8(int slot) {
        if (tags[slot] != 1) {
            throw new IllegalArgumentException("constant " + slot + " is not text");
        }
        int at = offsets[slot] + 1;
        return new String(bytes, at + 2, u2At(at), StandardCharsets.UTF_8);
    }

    private int u2() {
        int v = u2At(pos);
        pos += 2;
        return v;
    }

    private int u4() {
        int v = u4At(pos);
        pos += 4;
        return v;
    }

    private int u2At(int at) {
        return ((bytes[at] & 0xff) << 8) | (bytes[at + 1] & 0xff);
    }

    private int u4At(int at) {
        return ((bytes[at] & 0xff) << 24) | ((bytes[at + 1] & 0xff) << 16) | ((bytes[at + 2] & 0xff) << 8)
                | (bytes[at + 3] & 0xff);
    }
}
