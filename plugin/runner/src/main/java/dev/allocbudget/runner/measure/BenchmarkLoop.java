package dev.allocbudget.runner.measure;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A measuring loop written for one JMH {@code @Benchmark} method, which calls the method from the loop itself, as
 * JMH's generated stub does ({@code for (...) l_bench.encode(blackhole)}): the method is compiled at inline depth
 * 1 below the loop, where JMH has it. Through {@link DirectCall} it would be at depth 2 (the loop calls the
 * function's {@code call}, which calls the method), which is where JMH has a budget method that a {@code @Benchmark}
 * wrapper calls, and where C2's inlining depth limit (MaxInlineLevel) then cuts a deep call tree one level earlier:
 * a 15-method chain under a {@code @Benchmark} read 0 B/op in JMH and 24 through {@code DirectCall}, 24 and 0 at 16.
 *
 * <p>The class is a hidden class of the runner's package, assembled here (the runner is JDK-only and Java 17 has no
 * class-file API). It has one method,
 * {@code static long run(Object target, Object a, Object b, Object c, Object d, int n)}: it casts the target and
 * the arguments it needs to the method's types, reads the allocation counter ({@link AllocationCounter#read}), calls the method {@code n}
 * times with its result stored in {@link Sink} (primitives as primitives), and returns the bytes allocated. The
 * class file has version 49, so it needs no stack map frames (the JVM verifies it by type inference).
 */
final class BenchmarkLoop {
    private static final String NAME = BenchmarkLoop.class.getName().replace('.', '/') + "$Run";

    private BenchmarkLoop() {}

    /** The loop for {@code method}: a handle of type {@code (Object, Object, Object, Object, Object, int)long}. */
    static MethodHandle of(Method method) throws IllegalAccessException {
        MethodHandles.Lookup loop = MethodHandles.lookup().defineHiddenClass(classFile(method), true);
        try {
            return loop.findStatic(loop.lookupClass(), "run", MethodType.methodType(long.class, Object.class,
                    Object.class, Object.class, Object.class, Object.class, int.class));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] classFile(Method method) {
        int arity = method.getParameterCount();
        if (arity > DirectCall.MAX_ARGUMENTS) {
            throw new IllegalArgumentException(method + " takes " + arity + " parameters, more than "
                    + DirectCall.MAX_ARGUMENTS);
        }
        ConstantPool pool = new ConstantPool();
        int thisClass = pool.type(NAME);
        int superClass = pool.type("java/lang/Object");
        int read = pool.member(10, pool.type(internal(AllocationCounter.class)), "read", "()J");
        int target = pool.member(10, pool.type(internal(method.getDeclaringClass())), method.getName(),
                descriptor(method));
        int targetType = pool.type(internal(method.getDeclaringClass()));
        int[] argumentTypes = new int[arity];
        for (int i = 0; i < arity; i++) {
            argumentTypes[i] = pool.type(internal(method.getParameterTypes()[i]));
        }
        int sink = sinkField(pool, method.getReturnType());

        // locals: 0 target, 1-4 arguments, 5 n, 6-7 bytes before, 8 i
        Code code = new Code();
        code.op(0x2a).op(0xc0).u2(targetType).op(0x4b); // aload_0, checkcast, astore_0
        for (int i = 0; i < arity; i++) {
            code.op(0x19).u1(i + 1).op(0xc0).u2(argumentTypes[i]).op(0x3a).u1(i + 1); // aload, checkcast, astore
        }
        code.op(0xb8).u2(read); // invokestatic AllocationCounter.read
        code.op(0x37).u1(6); // lstore 6
        code.op(0x03).op(0x36).u1(8); // iconst_0, istore 8
        int loop = code.size();
        code.op(0x15).u1(8).op(0x15).u1(5); // iload 8, iload 5
        int exit = code.size();
        code.op(0xa2).u2(0); // if_icmpge (patched below)
        code.op(0x2a); // aload_0
        for (int i = 0; i < arity; i++) {
            code.op(0x19).u1(i + 1); // aload
        }
        code.op(0xb6).u2(target); // invokevirtual
        Class<?> returned = method.getReturnType();
        if (returned == float.class) {
            code.op(0x8d); // f2d
        }
        if (returned != void.class) {
            code.op(0xb3).u2(sink); // putstatic
        }
        code.op(0x84).u1(8).u1(1); // iinc 8 1
        code.op(0xa7).u2(loop - code.size() + 1); // goto loop (offset from the goto itself)
        code.patch(exit + 1, code.size() - exit);
        code.op(0xb8).u2(read); // invokestatic AllocationCounter.read
        code.op(0x16).u1(6).op(0x65).op(0xad); // lload 6, lsub, lreturn

        int runName = pool.utf8("run");
        int runType = pool.utf8("(Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;"
                + "Ljava/lang/Object;I)J");
        int codeName = pool.utf8("Code");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(0xCAFEBABE);
            out.writeShort(0);
            out.writeShort(49);
            pool.writeTo(out);
            out.writeShort(0x0010 | 0x0020); // final, super
            out.writeShort(thisClass);
            out.writeShort(superClass);
            out.writeShort(0); // interfaces
            out.writeShort(0); // fields
            out.writeShort(1); // methods
            out.writeShort(0x0008); // static
            out.writeShort(runName);
            out.writeShort(runType);
            out.writeShort(1); // attributes: Code
            out.writeShort(codeName);
            byte[] body = code.bytes();
            out.writeInt(2 + 2 + 4 + body.length + 2 + 2);
            out.writeShort(arity + 3 + 2 + 1); // max stack: target, arguments, and room for the two longs of lsub
            out.writeShort(9); // max locals
            out.writeInt(body.length);
            out.write(body);
            out.writeShort(0); // exception table
            out.writeShort(0); // code attributes
            out.writeShort(0); // class attributes
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The {@link Sink} field for a result of this type (as {@link MeasurementLoop} uses them), or 0 for void. */
    private static int sinkField(ConstantPool pool, Class<?> returned) {
        if (returned == void.class) return 0;
        if (!returned.isPrimitive()) return pool.field(Sink.class, "ref", "Ljava/lang/Object;");
        if (returned == long.class) return pool.field(Sink.class, "l", "J");
        if (returned == float.class || returned == double.class) return pool.field(Sink.class, "d", "D");
        if (returned == boolean.class) return pool.field(Sink.class, "z", "Z");
        return pool.field(Sink.class, "i", "I"); // int, short, char, byte
    }

    private static String internal(Class<?> type) {
        return type.isArray() ? descriptor(type) : type.getName().replace('.', '/');
    }

    private static String descriptor(Method method) {
        StringBuilder d = new StringBuilder("(");
        for (Class<?> p : method.getParameterTypes()) {
            d.append(descriptor(p));
        }
        return d.append(')').append(descriptor(method.getReturnType())).toString();
    }

    private static String descriptor(Class<?> type) {
        return MethodType.methodType(type).toMethodDescriptorString().substring(2);
    }

    /** The constant pool, each entry written once. */
    private static final class ConstantPool {
        private final ByteArrayOutputStream entries = new ByteArrayOutputStream();
        private final DataOutputStream out = new DataOutputStream(entries);
        private final Map<String, Integer> indices = new HashMap<>();
        private int next = 1;

        int utf8(String text) {
            return entry("u" + text, o -> {
                o.writeByte(1);
                o.writeUTF(text);
            });
        }

        int type(String internalName) {
            int name = utf8(internalName);
            return entry("c" + internalName, o -> {
                o.writeByte(7);
                o.writeShort(name);
            });
        }

        int field(Class<?> owner, String name, String descriptor) {
            return member(9, type(internal(owner)), name, descriptor);
        }

        /** A field (tag 9), method (10) or interface method (11) reference. */
        int member(int tag, int owner, String name, String descriptor) {
            int n = utf8(name);
            int d = utf8(descriptor);
            int nameAndType = entry("n" + name + " " + descriptor, o -> {
                o.writeByte(12);
                o.writeShort(n);
                o.writeShort(d);
            });
            return entry("m" + tag + " " + owner + " " + nameAndType, o -> {
                o.writeByte(tag);
                o.writeShort(owner);
                o.writeShort(nameAndType);
            });
        }

        private interface Writer {
            void write(DataOutputStream out) throws IOException;
        }

        private int entry(String key, Writer writer) {
            Integer index = indices.get(key);
            if (index != null) {
                return index;
            }
            try {
                writer.write(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            indices.put(key, next);
            return next++;
        }

        void writeTo(DataOutputStream file) throws IOException {
            file.writeShort(next);
            file.write(entries.toByteArray());
        }
    }

    /** Bytecode being written. */
    private static final class Code {
        private final List<Byte> bytes = new ArrayList<>();

        Code op(int opcode) {
            return u1(opcode);
        }

        Code u1(int value) {
            bytes.add((byte) value);
            return this;
        }

        Code u2(int value) {
            return u1(value >> 8).u1(value);
        }

        int size() {
            return bytes.size();
        }

        void patch(int at, int value) {
            bytes.set(at, (byte) (value >> 8));
            bytes.set(at + 1, (byte) value);
        }

        byte[] bytes() {
            byte[] b = new byte[bytes.size()];
            for (int i = 0; i < b.length; i++) {
                b[i] = bytes.get(i);
            }
            return b;
        }
    }
}
