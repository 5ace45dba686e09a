package dev.allocbudget.core.fork;

import dev.allocbudget.core.model.AllocationSite;
import dev.allocbudget.core.model.Figure;
import dev.allocbudget.core.model.FigureDetail;
import dev.allocbudget.core.model.ObjectCount;
import dev.allocbudget.core.model.Problem;
import dev.allocbudget.runner.protocol.Event;
import dev.allocbudget.runner.protocol.MeasureCommand.Counting;
import dev.allocbudget.runner.load.Lookup;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A measuring fork's answer, decoded once from its events: its figures, or why it has none.
 *
 * @param figure  bytes per call with their make-up, and the objects when counting was asked for; {@code null} when
 *                the fork gave no figure
 * @param problem why there is no figure; {@code null} when there is one
 * @param elapsed the fork's wall time
 * @param started when the fork started: a stored figure is keyed on the files it loaded only when none of them
 *                changed since
 * @param lookups what the fork looked up on the project's class path: what a stored figure is keyed on
 */
public record MeasureReply(Figure figure, Problem problem, Duration elapsed, Instant started, List<Lookup> lookups) {

    public MeasureReply {
        lookups = List.copyOf(lookups);
    }

    /** A reply with no fork behind it: figures the store gave, or a test's. */
    public MeasureReply(Figure figure, Problem problem, Duration elapsed) {
        this(figure, problem, elapsed, null, List.of());
    }

    /** This reply's figure with another fork's on top: its objects counted with JFR, say; both forks' time. */
    public MeasureReply with(Figure combined, MeasureReply other) {
        List<Lookup> both = new java.util.ArrayList<>(lookups);
        both.addAll(other.lookups);
        return new MeasureReply(combined, null, elapsed.plus(other.elapsed), started, both);
    }

    /**
     * The figure the fork settled on: bytes of its last window divided by that window's calls. None when the fork
     * also reported an error (a {@code @TearDown} that threw after the figure, say), which then explains the method.
     */
    static MeasureReply of(ForkRun run, Counting counting) {
        Optional<Event.Result> result = run.first(Event.Result.class);
        if (result.isEmpty() || run.error().isPresent()) {
            return new MeasureReply(null, run.problem(), run.elapsed(), run.started(), run.lookups());
        }
        Event.Result r = result.get();
        FigureDetail detail = new FigureDetail(r.callerBytesPerOp(), r.amortized(), r.period(), r.periodBytes(),
                run.first(Event.Lingering.class).map(Event.Lingering::threads).orElse(null),
                r.perThread().stream().map(t -> new FigureDetail.CallingThread((double) t.calls() / r.opsInWindow(),
                        t.bytesPerOp())).toList());
        ObjectCount objects = counting == Counting.NONE ? null : objects(run, counting, r.bytesPerOp());
        return new MeasureReply(new Figure(r.bytesPerOp(), objects, detail), null, run.elapsed(), run.started(),
                run.lookups());
    }

    private static ObjectCount objects(ForkRun run, Counting counting, double bytesPerOp) {
        String route = counting == Counting.AGENT ? ObjectCount.AGENT : ObjectCount.JFR;
        Optional<Event.ObjectsPartial> partial = run.first(Event.ObjectsPartial.class);
        if (partial.isPresent()) {
            Event.ObjectsPartial p = partial.get();
            double ops = p.ops();
            ObjectCount.Uncounted why = p.seenBytes() == p.windowBytes()
                    ? new ObjectCount.Uncounted.OtherCalls(p.windowBytes() / ops, bytesPerOp)
                    : new ObjectCount.Uncounted.Partial(p.seenBytes() / ops, p.windowBytes() / ops);
            return ObjectCount.partial(why, stacks(run, ops), route);
        }
        Optional<Event.Objects> objects = run.first(Event.Objects.class);
        if (objects.isEmpty()) {
            return ObjectCount.unavailable(run.first(Event.ObjectsUnavailable.class)
                    .<ObjectCount.Uncounted>map(u -> new ObjectCount.Uncounted.Said(u.reason()))
                    .orElseGet(() -> new ObjectCount.Uncounted.NoCount(run.problem())));
        }
        double ops = objects.get().ops();
        return ObjectCount.counted(objects.get().count() / ops, stacks(run, ops), route);
    }

    private static List<AllocationSite> stacks(ForkRun run, double ops) {
        return run.all(Event.Site.class).stream()
                .map(s -> new AllocationSite(s.type(), s.count() / ops, s.bytes() / ops, s.frames(), s.thread()))
                .toList();
    }
}
