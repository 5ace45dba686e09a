package dev.allocbudget.core.orders;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.allocbudget.AllocationBudget;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** Issue 24's case, verbatim: a Jackson streaming write with two compilations on JDK 25 (296 and 96 B/op). */
public class JacksonEvents {
    private final JsonFactory factory = new JsonFactory();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

    @AllocationBudget(bytes = 128)
    public int writeEvent() throws IOException {
        out.reset();
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("type", "click");
            g.writeNumberField("x", 42);
            g.writeNumberField("ts", 1_733_500_000_000L);
            g.writeEndObject();
        }
        return out.size();
    }
}
