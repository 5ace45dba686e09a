package dev.allocbudget.runner.count;

import dev.allocbudget.runner.protocol.Event;
import dev.allocbudget.runner.shape.ThrownText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the agent's raw sites into what users read: Java type names ({@code byte[]}, {@code java.util.HashMap$Node})
 * and frames in the form of a stack trace ({@code com.acme.Params.put(Params.java:41)}), with the harness's own
 * frames (the measuring loop, method-handle adapters) removed. Sites that differ only in harness frames merge. A
 * stack the agent cut at its depth limit before it reached the harness ends with {@link Event.Site#TRUNCATED}.
 */
public final class Sites {
    private Sites() {}

    /**
     * One site: how many objects of a type, how many bytes, allocated where (innermost frame first), by which
     * thread ({@code main} for the measuring thread).
     */
    public record Site(long count, long bytes, String thread, String type, List<String> frames) {}

    public static List<Site> parse(List<String> agentLines) {
        Map<List<String>, Site> merged = new LinkedHashMap<>();
        for (String line : agentLines) {
            String[] fields = line.split("\t");
            List<String> frames = new ArrayList<>();
            for (int i = 4; i < fields.length; i++) {
                if (fields[i].equals(Event.Site.TRUNCATED)) {
                    frames.add(Event.Site.TRUNCATED); // the agent's depth limit, before the harness was reached
                    break;
                }
                String[] f = fields[i].split("\\|", -1);
                String className = typeName(f[0]);
                if (className.startsWith(ThrownText.RUNNER)) {
                    break; // the measuring loop: everything below it is harness
                }
                if (className.startsWith("java.lang.invoke.")) {
                    continue; // method-handle adapters between the loop and the method
                }
                if (frames.isEmpty() && className.equals("jdk.internal.misc.Unsafe") && f[1].equals("allocateInstance")) {
                    // a lambda allocated by its not-yet-compiled factory rather than inline: the same site, whether
                    // a call ran in the interpreter or in compiled code
                    continue;
                }
                frames.add(className + "." + f[1] + "(" + ("?".equals(f[2]) ? "Unknown Source" : f[2])
                        + ("-1".equals(f[3]) ? "" : ":" + f[3]) + ")");
            }
            String thread = fields[2];
            String type = typeName(fields[3]);
            List<String> key = new ArrayList<>(frames);
            key.add(0, type);
            key.add(0, thread);
            Site old = merged.get(key);
            long count = Long.parseLong(fields[0]);
            long bytes = Long.parseLong(fields[1]);
            merged.put(key, old == null ? new Site(count, bytes, thread, type, frames)
                    : new Site(old.count() + count, old.bytes() + bytes, thread, type, frames));
        }
        return new ArrayList<>(merged.values());
    }

    /**
     * {@code Ljava/lang/String;} to {@code java.lang.String}, {@code [B} to {@code byte[]}. A lambda's hidden class
     * ({@code com.acme.Foo$$Lambda$32.0x0000...}) becomes {@code com.acme.Foo$$Lambda}: its number and address
     * change from run to run and say nothing to a reader.
     */
    static String typeName(String signature) {
        if (signature.endsWith("[]")) {
            return signature; // already a Java name
        }
        int dims = 0;
        while (dims < signature.length() && signature.charAt(dims) == '[') dims++;
        String element = signature.substring(dims);
        String name;
        switch (element) {
            case "B": name = "byte"; break;
            case "C": name = "char"; break;
            case "D": name = "double"; break;
            case "F": name = "float"; break;
            case "I": name = "int"; break;
            case "J": name = "long"; break;
            case "S": name = "short"; break;
            case "Z": name = "boolean"; break;
            default:
                name = element.startsWith("L") && element.endsWith(";")
                        ? element.substring(1, element.length() - 1).replace('/', '.')
                        : element.replace('/', '.');
        }
        int lambda = name.indexOf("$$Lambda");
        if (lambda >= 0) {
            name = name.substring(0, lambda + "$$Lambda".length());
        }
        return name + "[]".repeat(dims);
    }
}
