package dev.allocbudget.bench.differential;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.allocbudget.AllocationBudget;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls of about a millisecond. JMH's gc.alloc.rate.norm is its fork's allocation over an iteration divided by the
 * calls in it: the harness's own per-iteration allocation (result objects, the iteration's bookkeeping) is shared
 * by only ~1,000 calls here, not by tens of millions as for the fast rows, so JMH reads a few bytes more per call
 * than the method allocates. The check's figure is per call.
 */
public class Slow {
    private final JsonFactory factory = new JsonFactory();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    private final Matcher matcher = Pattern.compile("ERROR \\[(\\w+)\\] id=(\\d+)").matcher("");
    public final String log;
    public int events = 5_000;

    public Slow() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            sb.append(i % 50 == 0 ? "ERROR" : "INFO").append(" [worker").append(i % 7).append("] id=").append(i)
                    .append(" something happened\n");
        }
        log = sb.toString();
    }

    /** 5,000 events through one generator into a reused 1 MiB stream: one generator per call. */
    @AllocationBudget
    public int writeEventBatch() throws IOException {
        out.reset();
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.writeStartArray();
            for (int i = 0; i < events; i++) {
                g.writeStartObject(); g.writeStringField("type", "click"); g.writeNumberField("x", i);
                g.writeNumberField("ts", 1_733_500_000_000L + i); g.writeEndObject();
            }
            g.writeEndArray();
        }
        return out.size();
    }

    /** Scanning a 100 KB log with a reused Matcher, counting the ERROR lines by their ids: 0 B. */
    @AllocationBudget
    public long regexScanLog() {
        Matcher m = matcher.reset(log);
        long r = 0;
        while (m.find()) r += m.end(2) - m.start(1);
        return r;
    }
}
