package dev.allocbudget.core.model;

import java.util.List;

/** Why a method has no figures of the reference's to be compared with. */
public sealed interface NotCompared {

    /** The reference cannot run the method (a class or method it lacks, say). */
    record CannotRun(Problem problem) implements NotCompared {}

    /** The reference's forks gave three different figures ({@code null} where one gave none). */
    record Inconsistent(List<Double> bytesPerOp) implements NotCompared {
        public Inconsistent {
            bytesPerOp = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(bytesPerOp));
        }
    }
}
