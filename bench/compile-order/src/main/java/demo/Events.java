package demo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

public class Events {
    private final JsonFactory factory = new JsonFactory();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

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
