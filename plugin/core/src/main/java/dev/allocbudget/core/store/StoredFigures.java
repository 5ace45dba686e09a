package dev.allocbudget.core.store;

import dev.allocbudget.core.io.JsonReader.Node;
import dev.allocbudget.core.io.JsonWriter;
import dev.allocbudget.core.model.AllocationSite;
import dev.allocbudget.core.model.Figure;
import dev.allocbudget.core.model.FigureDetail;
import dev.allocbudget.core.model.ObjectCount;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A fork's figures in a stored result, to the last bit: bytes/op, objects and sites, and the figure's make-up.
 * Numbers are written as Java writes doubles, not rounded as the reports print them, so a reused figure is the
 * measured one exactly.
 */
final class StoredFigures {
    private StoredFigures() {}

    static String write(Figure f) {
        StringBuilder json = new StringBuilder("{\"bytesPerOp\": ").append(f.bytesPerOp());
        FigureDetail d = f.detail();
        if (d != null) {
            json.append(", \"detail\": {\"callerBytesPerOp\": ").append(d.callerBytesPerOp())
                    .append(", \"amortized\": ").append(d.amortized())
                    .append(", \"period\": ").append(d.period())
                    .append(", \"periodBytes\": ").append(d.periodBytes())
                    .append(", \"lingeringThreads\": ").append(JsonWriter.string(d.lingeringThreads()))
                    .append(", \"callingThreads\": [").append(d.callingThreads().stream()
                            .map(t -> "{\"callShare\": " + t.callShare() + ", \"bytesPerOp\": " + t.bytesPerOp() + "}")
                            .collect(Collectors.joining(", "))).append("]}");
        }
        ObjectCount o = f.objects();
        if (o != null) {
            json.append(", \"objects\": {\"perOp\": ").append(o.perOp())
                    .append(", \"countedWith\": ").append(JsonWriter.string(o.countedWith()))
                    .append(", \"sites\": [").append(o.sites().stream().map(StoredFigures::site)
                            .collect(Collectors.joining(", "))).append("]")
                    .append(", \"stacks\": [").append(o.stacks().stream().map(StoredFigures::site)
                            .collect(Collectors.joining(", "))).append("]}");
        }
        return json.append('}').toString();
    }

    private static String site(AllocationSite s) {
        return "{\"type\": " + JsonWriter.string(s.type()) + ", \"thread\": " + JsonWriter.string(s.thread())
                + ", \"objectsPerOp\": " + s.objectsPerOp() + ", \"bytesPerOp\": " + s.bytesPerOp()
                + ", \"frames\": [" + s.frames().stream().map(JsonWriter::string).collect(Collectors.joining(", "))
                + "]}";
    }

    /** Throws {@link IllegalArgumentException} (or a {@code NullPointerException}) on anything it did not write. */
    static Figure read(Node f) {
        Node d = f.get("detail");
        FigureDetail detail = d == null ? null : new FigureDetail(number(d.get("callerBytesPerOp")),
                Boolean.TRUE.equals(d.get("amortized").value()), (long) number(d.get("period")),
                (long) number(d.get("periodBytes")), d.get("lingeringThreads").asString(), callingThreads(d));
        Node o = f.get("objects");
        ObjectCount objects = null;
        if (o != null) {
            Node stacks = o.get("stacks"); // none in an entry an earlier version stored
            objects = new ObjectCount(number(o.get("perOp")), null, sites(o.get("sites")),
                    o.get("countedWith").asString(), stacks == null ? List.of() : sites(stacks));
        }
        return new Figure(number(f.get("bytesPerOp")), objects, detail);
    }

    /** None in an entry an earlier version stored (which measured every method on one thread). */
    private static List<FigureDetail.CallingThread> callingThreads(Node detail) {
        Node list = detail.get("callingThreads");
        return list == null ? List.of() : list.list().stream()
                .map(t -> new FigureDetail.CallingThread(number(t.get("callShare")), number(t.get("bytesPerOp"))))
                .toList();
    }

    private static List<AllocationSite> sites(Node list) {
        List<AllocationSite> sites = new ArrayList<>();
        for (Node s : list.list()) {
            List<String> frames = s.get("frames").list().stream().map(Node::asString).toList();
            sites.add(new AllocationSite(s.get("type").asString(), number(s.get("objectsPerOp")),
                    number(s.get("bytesPerOp")), frames, s.get("thread").asString()));
        }
        return sites;
    }

    private static double number(Node n) {
        if (n == null || n.asNumber() == null) {
            throw new IllegalArgumentException("a number is missing");
        }
        return n.asNumber().doubleValue();
    }
}
