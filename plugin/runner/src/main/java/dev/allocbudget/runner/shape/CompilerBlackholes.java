package dev.allocbudget.runner.shape;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Makes JMH's {@code Blackhole} in a measuring fork the one JMH itself runs on JDK 17 and later: a compiler
 * blackhole, which C2 treats as a use of its argument and which does nothing at run time.
 *
 * <p>Without it, {@code Blackhole.consume(Object)} falls back to JMH's older code, which on a pseudo-random call
 * keeps a {@code WeakReference} (32 B) to the object and then halves how often it does so. Those 32 B land in some
 * windows and not others, so the windows of an allocation-free {@code consume(field)} stopped repeating byte for
 * byte and, on a loaded machine, the figure came out as a mean ("0 B/op (mean)") instead of an exact 0. JMH never
 * sees this: on JDK 17+ it starts its forks with these same commands.
 */
public final class CompilerBlackholes {
    private static final String BLACKHOLE_COMMAND =
            "-XX:CompileCommand=blackhole,org/openjdk/jmh/infra/Blackhole.consumeCompiler";

    /** The flags JMH gives its forks for compiler blackholes; every measuring fork gets them. */
    public static final List<String> JVM_FLAGS = List.of("-XX:+UnlockExperimentalVMOptions",
            "-XX:CompileCommand=quiet", // else the JVM prints each command on stdout
            "-XX:CompileCommand=inline,org/openjdk/jmh/infra/Blackhole.consume", BLACKHOLE_COMMAND);

    private static final String PROPERTY = "compilerBlackholesEnabled";

    private CompilerBlackholes() {}

    /**
     * Switches JMH's Blackhole to its compiler mode, before its class is initialised, when this JVM took the
     * blackhole command. A JVM that did not (one that is not HotSpot ignores {@code -XX} flags it does not know)
     * keeps the fallback: with the property but without the command, {@code consume} would be an empty method, C2
     * would drop its argument, and an allocating method would read 0. A property the user set wins.
     */
    public static void enableWhereHonoured() {
        if (System.getProperty(PROPERTY) == null && honoured()) {
            System.setProperty(PROPERTY, "true");
        }
    }

    static boolean honoured() {
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return hotspot != null
                    && Boolean.parseBoolean(hotspot.getVMOption("UnlockExperimentalVMOptions").getValue())
                    && ManagementFactory.getRuntimeMXBean().getInputArguments().contains(BLACKHOLE_COMMAND);
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
