package dev.allocbudget.core.report;

import dev.allocbudget.core.io.Figures;
import dev.allocbudget.core.model.ForkFailure;
import dev.allocbudget.core.model.JmhFailure;
import dev.allocbudget.core.model.NotCompared;
import dev.allocbudget.core.model.ObjectCount.Uncounted;
import dev.allocbudget.core.model.Problem;
import dev.allocbudget.core.model.PropertyNames;
import java.util.stream.Collectors;

/** Why something has no figure, in the user's words: the one place these sentences are written. */
public final class ProblemText {
    private ProblemText() {}

    /** Why a method (or a fork) gave no figure. */
    public static String of(Problem problem) {
        if (problem instanceof Problem.Refused r) {
            return r.rule();
        } else if (problem instanceof Problem.Failed f) {
            return f.message();
        } else if (problem instanceof Problem.Unsettled u) {
            return u.reason();
        } else if (problem instanceof Problem.ForkFailed f) {
            return of(f.failure());
        }
        return "the forked JVM reported no figure";
    }

    /** How a fork ended without reporting, with the tail of its output and where its logs are. */
    public static String of(ForkFailure f) {
        String what = switch (f.kind()) {
            case UNREADABLE -> f.unreadable();
            case TIMED_OUT -> "the forked JVM did not finish within " + f.timeout().toSeconds() + " s and was killed"
                    + " (raise -D" + PropertyNames.FORK_TIMEOUT_SECONDS + " if the method is just slow)";
            case EXITED -> "the forked JVM exited with code " + f.exitCode() + " before reporting";
        };
        return what + f.outputTail() + "\nfork logs: " + f.logs();
    }

    /** Why objects were not counted. */
    public static String of(Uncounted uncounted) {
        if (uncounted instanceof Uncounted.Said s) {
            return s.reason();
        } else if (uncounted instanceof Uncounted.NoCount n) {
            return of(n.problem());
        } else if (uncounted instanceof Uncounted.Partial p) {
            return "only " + Figures.number(p.seenBytesPerOp()) + " of the " + Figures.number(p.bytesPerOp())
                    + " B/op were seen as objects, most likely another thread's (a pool's) allocations before the"
                    + " counter saw that thread; the sites shown are a part. The B/op figure is exact and is the one"
                    + " held to the budget. To see them all, run the check again, or make the work run on the calling"
                    + " thread in the budget method";
        } else if (uncounted instanceof Uncounted.OtherCalls o) {
            return "several threads call the method at once, and the calls counted allocated "
                    + Figures.number(o.countedBytesPerOp()) + " B/op against the figure's "
                    + Figures.number(o.bytesPerOp()) + ": the counter's cost per object changes how often the"
                    + " threads race. The sites shown are every site of the counted calls; the B/op figure is the one"
                    + " held to the budget";
        }
        Uncounted.JfrUntrusted j = (Uncounted.JfrUntrusted) uncounted;
        return "counted with JFR (the pure-Java fallback), but no count could be trusted in " + j.forks() + " forks: "
                + (j.lastFigure() == null ? of(j.lastProblem()) : "the JIT diverged: the JFR fork settled on "
                        + Figures.number(j.lastFigure()) + " B/op, the measuring fork on " + Figures.number(j.verdict()));
    }

    /** Why there are no figures of the reference's to compare with. */
    public static String of(NotCompared notCompared) {
        if (notCompared instanceof NotCompared.CannotRun c) {
            return "the reference cannot run it: " + of(c.problem());
        }
        return "the reference's figures differ from fork to fork: " + ((NotCompared.Inconsistent) notCompared)
                .bytesPerOp().stream().map(b -> b == null ? "none" : Figures.number(b) + " B/op")
                .collect(Collectors.joining(", "));
    }

    /** Why JMH gave no figures for a method. */
    public static String of(JmhFailure failure) {
        if (!failure.prepared()) {
            return "JMH could not be prepared: " + of(failure.why());
        }
        return "JMH gave no result for it: " + (failure.why() == null ? "it reported no row for it"
                : jmhRun(failure.why()));
    }

    /** Why a JMH run gave no row for a method: as {@link #of(Problem)}, but for the JMH run. */
    public static String jmhRun(Problem problem) {
        return problem instanceof Problem.NoFigure n ? "the JMH run reported no row for it (see " + n.logs() + ")"
                : of(problem);
    }
}
