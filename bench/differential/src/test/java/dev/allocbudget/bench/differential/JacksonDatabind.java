package dev.allocbudget.bench.differential;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.allocbudget.AllocationBudget;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Jackson databind 2.23.0: POJOs, maps and trees, with a shared ObjectMapper and prebuilt readers/writers. */
public class JacksonDatabind {
    /** A small POJO with public fields. */
    public static class Event {
        public String type;
        public int x;
        public long ts;
        public List<String> tags;

        public Event() {}

        Event(String type, int x, long ts, List<String> tags) {
            this.type = type;
            this.x = x;
            this.ts = ts;
            this.tags = tags;
        }
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final ObjectReader eventReader = mapper.readerFor(Event.class);
    private final ObjectWriter eventWriter = mapper.writerFor(Event.class);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    private final TypeReference<Map<String, Object>> mapType = new TypeReference<>() {};
    public final Event event = new Event("click", 42, 1_733_500_000_000L, List.of("a", "b"));
    public final byte[] json = "{\"type\":\"click\",\"x\":42,\"ts\":1733500000000,\"tags\":[\"a\",\"b\"]}"
            .getBytes(StandardCharsets.UTF_8);
    public final String jsonText = "{\"type\":\"click\",\"x\":42,\"ts\":1733500000000,\"tags\":[\"a\",\"b\"]}";

    public JacksonDatabind() {
        try { // the first call of each kind builds and caches (de)serializers; do it here, not in a measured call
            mapper.readValue(json, Event.class);
            mapper.writeValueAsBytes(event);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** writeValueAsBytes of the POJO, returned. */
    @AllocationBudget
    public Object writeValueAsBytes() throws IOException {
        return mapper.writeValueAsBytes(event);
    }

    /** A prebuilt ObjectWriter into a reused stream. */
    @AllocationBudget
    public int writerToStream() throws IOException {
        out.reset();
        eventWriter.writeValue(out, event);
        return out.size();
    }

    /** readValue(byte[], Event.class), returned. */
    @AllocationBudget
    public Object readValuePojo() throws IOException {
        return mapper.readValue(json, Event.class);
    }

    /** A prebuilt ObjectReader, from a String. */
    @AllocationBudget
    public Object readerFromString() throws IOException {
        return eventReader.readValue(jsonText);
    }

    /** readValue into a Map<String, Object>, returned. */
    @AllocationBudget
    public Object readValueMap() throws IOException {
        return mapper.readValue(json, mapType);
    }

    /** readTree, returned. */
    @AllocationBudget
    public Object readTree() throws IOException {
        return mapper.readTree(json);
    }

    /** valueToTree of the POJO, returned (a TokenBuffer in between). */
    @AllocationBudget
    public Object valueToTree() {
        return mapper.valueToTree(event);
    }

    /** convertValue of the POJO to a Map, returned. */
    @AllocationBudget
    public Object convertToMap() {
        return mapper.convertValue(event, Map.class);
    }
}
