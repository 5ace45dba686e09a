import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the figures tables of examples/README.md from the plugin's own reports, so no figure there is typed by
 * hand. Run from the repository root, after the examples were checked with objects counted and JMH on:
 *
 * <pre>
 * mvn -B -f examples verify -Dallocbudget.sites=true -Dallocbudget.jmh=true
 * java examples/Table.java
 * </pre>
 *
 * It reads examples/*&#47;target/allocbudget/report.json (one method per line, as the plugin writes it) and replaces
 * the text between the table markers in examples/README.md.
 */
public class Table {
    /** The techniques, in the README's order: title, budget class, the "before" and the "after" method. */
    private static final String[][] TECHNIQUES = {
        {"1. Pooling request-scoped objects", "RequestPoolingBudget", "before", "after"},
        {"2. Size-tiered buffer pool", "TieredBufferPoolBudget", "before", "after"},
        {"3. Bounded reuse (replace, don't clear)", "BoundedReuseBudget", "before", "after"},
        {"4. Inline storage for up to four parameters", "InlineParamsBudget", "before", "after"},
        {"5. Zero-copy views", "ZeroCopyBudget", "before", "after"},
        {"6. Pre-sizing", "PresizingBudget", "before", "after"},
        {"7. No boxing on the hot path", "UnboxedBudget", "before", "after"},
        {"8. Fast path for the common case", "FastPathBudget", "before", "after"},
        {"9. JSON response writer", "JsonWriterBudget", "before", "after"},
        {"10. HTTP router, end to end", "HttpRouterBudget", "naive", "pooled"},
    };

    private static final Pattern METHOD = Pattern.compile("\\{\"id\": \"([^\"]+)\", \"bytesPerOp\": ([^,]+),"
            + " \"objectsPerOp\": ([^,]+),.*?\"budget\": \\{\"bytes\": ([^,]+), \"objects\": ([^}]+)\\}.*?\"jmh\":"
            + " (null|\\{\"score\": ([^,]+), \"error\": ([^,]+), \"unit\": \"([^\"]+)\").*?\"verdict\": \"([A-Z]+)\"");
    private static final Pattern JAVA = Pattern.compile("\"javaVersion\": \"([^\"]+)\"");

    record Row(String id, String bytes, String objects, String bytesBudget, String objectsBudget, String time,
            String verdict) {}

    public static void main(String[] args) throws IOException {
        Path examples = Path.of(args.length > 0 ? args[0] : "examples");
        Map<String, Row> rows = new LinkedHashMap<>();
        String java = null;
        try (Stream<Path> modules = Files.list(examples)) {
            for (Path report : modules.map(m -> m.resolve("target/allocbudget/report.json")).filter(Files::exists)
                    .sorted().toList()) {
                String text = Files.readString(report, StandardCharsets.UTF_8);
                Matcher j = JAVA.matcher(text);
                if (j.find()) {
                    java = j.group(1);
                }
                for (String line : text.lines().toList()) {
                    Matcher m = METHOD.matcher(line);
                    if (m.find()) {
                        String time = m.group(6).equals("null") ? "–" : number(m.group(7)) + " " + m.group(9);
                        rows.put(m.group(1), new Row(m.group(1), number(m.group(2)), number(m.group(3)),
                                number(m.group(4)), number(m.group(5)), time, m.group(10)));
                    }
                }
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("no reports under " + examples + "/*/target/allocbudget: run"
                    + " mvn -B -f examples verify -Dallocbudget.sites=true -Dallocbudget.jmh=true first");
        }
        Path readme = examples.resolve("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        text = replace(text, "techniques", techniques(rows, java));
        text = replace(text, "methods", methods(rows, java));
        Files.writeString(readme, text, StandardCharsets.UTF_8);
        System.out.println("wrote the tables of " + readme + " from " + rows.size() + " methods (Java " + java + ")");
    }

    private static String techniques(Map<String, Row> rows, String java) {
        StringBuilder md = new StringBuilder("| Technique | before B/op | obj/op | time/op | after B/op | obj/op"
                + " | time/op | after's budget (B, obj) |\n|---|--:|--:|--:|--:|--:|--:|--:|\n");
        for (String[] t : TECHNIQUES) {
            Row before = find(rows, t[1], t[2]);
            Row after = find(rows, t[1], t[3]);
            if (before == null || after == null) {
                md.append("| ").append(t[0]).append(" | not measured | | | | | | |\n");
                continue;
            }
            md.append("| ").append(t[0]).append(" | ").append(before.bytes()).append(" | ").append(before.objects())
                    .append(" | ").append(before.time()).append(" | **").append(after.bytes()).append("** | **")
                    .append(after.objects()).append("** | ").append(after.time()).append(" | ")
                    .append(after.bytesBudget()).append(", ").append(after.objectsBudget()).append(" |\n");
        }
        return md.append("\nJava ").append(java).append("; time/op is JMH's average time (1 fork, 2 × 500 ms warm-up,")
                .append(" 5 × 500 ms measurement) on the 2-core machine the table was made on.\n").toString();
    }

    private static String methods(Map<String, Row> rows, String java) {
        StringBuilder md = new StringBuilder("| Method | B/op | obj/op | time/op | budget (B, obj) | verdict |\n"
                + "|---|--:|--:|--:|--:|---|\n");
        List<Row> sorted = new ArrayList<>(rows.values());
        sorted.sort((a, b) -> a.id().compareTo(b.id()));
        for (Row r : sorted) {
            md.append("| `").append(r.id().replace("dev.allocbudget.examples.", "")).append("` | ").append(r.bytes())
                    .append(" | ").append(r.objects()).append(" | ").append(r.time()).append(" | ")
                    .append(r.bytesBudget()).append(", ").append(r.objectsBudget()).append(" | ").append(r.verdict())
                    .append(" |\n");
        }
        return md.toString();
    }

    private static Row find(Map<String, Row> rows, String budgetClass, String method) {
        return rows.values().stream().filter(r -> r.id().endsWith("." + budgetClass + "#" + method)).findFirst()
                .orElse(null);
    }

    /** Replaces the text between {@code <!-- name:begin -->} and {@code <!-- name:end -->}. */
    private static String replace(String text, String name, String table) {
        String begin = "<!-- " + name + ":begin (written by examples/Table.java) -->\n";
        String end = "<!-- " + name + ":end -->";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException("README.md has no " + begin.strip() + " ... " + end + " markers");
        }
        return text.substring(0, from + begin.length()) + table + text.substring(to);
    }

    /** {@code 16}, {@code 0.5}, {@code 12.346}; "–" for an unknown figure (or no limit, -1). */
    private static String number(String json) {
        if (json.equals("null") || json.equals("-1")) {
            return "–";
        }
        double v = Double.parseDouble(json);
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : new java.math.BigDecimal(json).setScale(v >= 100 ? 0 : 1, java.math.RoundingMode.HALF_EVEN)
                        .toPlainString();
    }
}
