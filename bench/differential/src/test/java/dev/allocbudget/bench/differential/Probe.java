package dev.allocbudget.bench.differential;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.management.ManagementFactory;

/**
 * An independent probe, neither the check nor JMH: calls one workload method in a plain loop and reads
 * com.sun.management.ThreadMXBean's allocated bytes of the calling thread, and of all live threads, around
 * {@code calls} calls, after {@code warmup} calls to let C2 compile it.
 *
 * <pre>java -cp target/test-classes:$(cat target/test-classpath.txt) dev.allocbudget.bench.differential.Probe \
 *     Slow#writeEventBatch [warmup=3000] [calls=1000] [rounds=5]</pre>
 *
 * It calls the method through a method handle, with the call site typed by the method's return type so that a
 * primitive is not boxed (a zero-allocation method reads 0 B/op here: Hdr#recordValue); an object result is kept in
 * a static field, so it escapes. Each round prints caller B/op and all-threads B/op.
 */
public final class Probe {
    static volatile Object sink;

    public static void main(String[] args) throws Throwable {
        String[] id = args[0].split("#");
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        Class<?> c = Class.forName(Probe.class.getPackageName() + "." + id[0]);
        Object target = c.getConstructor().newInstance();
        MethodHandle mh = MethodHandles.publicLookup().findVirtual(c, id[1],
                java.lang.invoke.MethodType.methodType(c.getMethod(id[1]).getReturnType())).asType(
                java.lang.invoke.MethodType.methodType(c.getMethod(id[1]).getReturnType(), Object.class));
        Call call = call(mh, c.getMethod(id[1]).getReturnType());
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        for (int i = 0; i < warmup; i++) call.run(target);
        for (int r = 0; r < rounds; r++) {
            long[] ids = mx.getAllThreadIds();
            long all0 = sum(mx.getThreadAllocatedBytes(ids));
            long t0 = mx.getThreadAllocatedBytes(self);
            long start = System.nanoTime();
            for (int i = 0; i < calls; i++) call.run(target);
            long ns = System.nanoTime() - start;
            long t1 = mx.getThreadAllocatedBytes(self);
            long all1 = sum(mx.getThreadAllocatedBytes(ids));
            System.out.printf("%s round %d: %d calls, %.1f us/call, caller %.3f B/op, all threads %.3f B/op%n",
                    args[0], r, calls, ns / 1e3 / calls, (t1 - t0) / (double) calls, (all1 - all0) / (double) calls);
        }
    }

    private static long prim;

    /** One call; a primitive result goes to a primitive static field, no box. */
    private interface Call {
        void run(Object target) throws Throwable;
    }

    private static Call call(MethodHandle mh, Class<?> returns) {
        if (returns == long.class) return t -> prim += (long) mh.invokeExact(t);
        if (returns == int.class) return t -> prim += (int) mh.invokeExact(t);
        if (returns == boolean.class) return t -> prim += (boolean) mh.invokeExact(t) ? 1 : 0;
        if (returns == double.class) return t -> prim += (long) (double) mh.invokeExact(t);
        if (returns == void.class) return t -> mh.invokeExact(t);
        MethodHandle objects = mh.asType(mh.type().changeReturnType(Object.class));
        return t -> sink = (Object) objects.invokeExact(t);
    }

    private static long sum(long[] xs) {
        long s = 0;
        for (long x : xs) if (x > 0) s += x;
        return s;
    }
}
