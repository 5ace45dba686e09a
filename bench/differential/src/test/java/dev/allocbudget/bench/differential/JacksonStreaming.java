package dev.allocbudget.bench.differential;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.allocbudget.AllocationBudget;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Jackson streaming (jackson-core 2.23.0): generators and parsers over byte arrays, streams and writers. */
public class JacksonStreaming {
    private final JsonFactory factory = new JsonFactory();            // jackson-core 2.23.0
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    public final byte[] event = "{\"type\":\"click\",\"x\":42,\"ts\":1733500000000}".getBytes(StandardCharsets.UTF_8);
    public final String eventText = "{\"type\":\"click\",\"x\":42,\"ts\":1733500000000}";
    public final byte[] array = "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]".getBytes(StandardCharsets.UTF_8);
    public final byte[] nested = ("{\"user\":{\"id\":7,\"name\":\"ann\",\"tags\":[\"a\",\"b\"]},\"score\":3.5,"
            + "\"ok\":true,\"note\":null}").getBytes(StandardCharsets.UTF_8);
    private final SerializedString typeName = new SerializedString("type");
    private final SerializedString xName = new SerializedString("x");
    private final SerializedString tsName = new SerializedString("ts");

    /** The case, verbatim (in the issue a budget of 128 B; here no limit). */
    @AllocationBudget
    public int writeEvent() throws IOException {
        out.reset();
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.writeStartObject(); g.writeStringField("type", "click"); g.writeNumberField("x", 42);
            g.writeNumberField("ts", 1_733_500_000_000L); g.writeEndObject();
        }
        return out.size();
    }

    /** The same event with pre-serialized field names. */
    @AllocationBudget
    public int writeEventSerializedNames() throws IOException {
        out.reset();
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.writeStartObject();
            g.writeFieldName(typeName); g.writeString("click");
            g.writeFieldName(xName); g.writeNumber(42);
            g.writeFieldName(tsName); g.writeNumber(1_733_500_000_000L);
            g.writeEndObject();
        }
        return out.size();
    }

    /** A generator over a new StringWriter, returned as a String. */
    @AllocationBudget
    public Object writeEventToString() throws IOException {
        StringWriter w = new StringWriter(64);
        try (JsonGenerator g = factory.createGenerator(w)) {
            g.writeStartObject(); g.writeStringField("type", "click"); g.writeNumberField("x", 42); g.writeEndObject();
        }
        return w.toString();
    }

    /** Writing an array of 16 ints. */
    @AllocationBudget
    public int writeIntArray() throws IOException {
        out.reset();
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.writeStartArray();
            for (int i = 0; i < 16; i++) g.writeNumber(i);
            g.writeEndArray();
        }
        return out.size();
    }

    /** Parsing the event from a byte[]: tokens only, no field values materialized as Strings. */
    @AllocationBudget
    public long parseEventTokens() throws IOException {
        long r = 0;
        try (JsonParser p = factory.createParser(event)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.VALUE_NUMBER_INT) r += p.getLongValue();
            }
        }
        return r;
    }

    /** Parsing the event, its string value read with getText (a new String). */
    @AllocationBudget
    public Object parseEventText() throws IOException {
        String type = null;
        try (JsonParser p = factory.createParser(event)) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.VALUE_STRING) type = p.getText();
            }
        }
        return type;
    }

    /** Parsing the event from a String (a char-based parser). */
    @AllocationBudget
    public long parseEventFromString() throws IOException {
        long r = 0;
        try (JsonParser p = factory.createParser(eventText)) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) r += p.getLongValue();
            }
        }
        return r;
    }

    /** Summing an array of 16 ints. */
    @AllocationBudget
    public long parseIntArray() throws IOException {
        long r = 0;
        try (JsonParser p = factory.createParser(array)) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) r += p.getIntValue();
            }
        }
        return r;
    }

    /** A nested document, skipped with skipChildren at the top level. */
    @AllocationBudget
    public int parseNestedSkip() throws IOException {
        int n = 0;
        try (JsonParser p = factory.createParser(nested)) {
            p.nextToken();
            p.skipChildren();
            n++;
        }
        return n;
    }
}
